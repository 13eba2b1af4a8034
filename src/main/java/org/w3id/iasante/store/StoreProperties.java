package org.w3id.iasante.store;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the embedded store is: where its TDB2 database lives.
 *
 * @param location folder of the TDB2 database; created when missing, kept across restarts
 */
@ConfigurationProperties("ias.store")
@Validated
public record StoreProperties(
        @DefaultValue("store") @NotNull Path location) {}

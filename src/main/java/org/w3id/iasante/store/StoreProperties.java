package org.w3id.iasante.store;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the embedded store is: where its TDB2 database lives, and when it compacts itself.
 *
 * @param location folder of the TDB2 database; created when missing, kept across restarts
 * @param compactAfterWrites compact the database live once this many write transactions have
 *     committed since it was opened or last compacted (TDB2 never reuses the space of replaced data);
 *     0, the default: only when asked ({@code compact} command, {@code POST /$/compact})
 * @param compactCheckEvery how often that count is looked at
 */
@ConfigurationProperties("ias.store")
@Validated
public record StoreProperties(
        @DefaultValue("store") @NotNull Path location,
        @DefaultValue("0") @PositiveOrZero long compactAfterWrites,
        @DefaultValue("1m") @NotNull Duration compactCheckEvery) {}

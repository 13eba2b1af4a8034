package org.w3id.iasante.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the embedded store is: where its TDB2 database lives.
 *
 * @param location folder of the TDB2 database; created when missing, kept across restarts
 */
@ConfigurationProperties("ias.store")
public record StoreProperties(Path location) {

    public StoreProperties {
        if (location == null) location = Path.of("store");
    }
}

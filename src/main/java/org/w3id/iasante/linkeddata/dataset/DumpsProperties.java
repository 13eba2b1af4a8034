package org.w3id.iasante.linkeddata.dataset;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the dumps are kept.
 *
 * @param location the folder the dumps are written to, one subfolder per store and data version
 *     (old versions are removed); empty: {@code ia-sante-dumps} under {@code java.io.tmpdir}
 */
@ConfigurationProperties("ias.dumps")
public record DumpsProperties(String location) {

    /** The folder, made absolute. */
    Path folder() {
        return location == null || location.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "ia-sante-dumps")
                : Path.of(location).toAbsolutePath();
    }
}

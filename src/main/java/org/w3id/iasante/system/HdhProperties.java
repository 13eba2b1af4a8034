package org.w3id.iasante.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the main command includes the Health Data Hub metadata.
 *
 * @param location the HDH metadata folder (e.g. {@code ../shared/hdh}); empty: not included.
 *     Imported at start-up when its contents changed since the last import. No default: the HDH
 *     metadata is included only when asked for.
 */
@ConfigurationProperties("ias.hdh")
public record HdhProperties(Path location) {}

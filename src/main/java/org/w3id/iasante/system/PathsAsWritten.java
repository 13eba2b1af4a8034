package org.w3id.iasante.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a path setting as the user wrote it, relative to the working folder. Spring's default
 * turns a string into a Path through its resource loader, which refuses {@code ../shared/hdh}
 * ("normalized to [null]"); {@link Path#of} takes it as it is.
 */
@Component
@ConfigurationPropertiesBinding
final class PathsAsWritten implements Converter<String, Path> {

    @Override
    public Path convert(String text) {
        return Path.of(text);
    }
}

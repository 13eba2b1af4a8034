package org.w3id.iasante.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.ConfigurableEnvironment;
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

    /** A binder over the environment that reads paths this way, for settings read before the context exists. */
    static Binder binder(ConfigurableEnvironment environment) {
        ApplicationConversionService conversion = new ApplicationConversionService();
        conversion.addConverter(String.class, Path.class, new PathsAsWritten());
        return new Binder(
                ConfigurationPropertySources.get(environment),
                new PropertySourcesPlaceholdersResolver(environment),
                conversion);
    }
}

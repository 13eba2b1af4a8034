package org.w3id.iasante.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives each application context of {@link TemporaryStoreApplicationTest} a store folder of its own,
 * created empty and removed when the context closes. It runs before the initializers that open the
 * store, so they find the folder in the environment like any other setting.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class TemporaryStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path folder = createFolder();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "temporaryStore",
                        Map.of(
                                "ias.store.location", folder.toString(),
                                "ias.knowledge.location", RepositoryKnowledge.ROOT.toString(),
                                "ias.sparql.port", "0")));
        // Registered before any bean, so destroyed after all of them: the store is closed by then.
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("temporaryStoreRemoval", () -> FileSystemUtils.deleteRecursively(folder));
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("ias-test-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

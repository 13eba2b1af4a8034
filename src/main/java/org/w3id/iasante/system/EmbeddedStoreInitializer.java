package org.w3id.iasante.system;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default (not {@code remote}): opens the embedded store and serves it with Fuseki as soon as
 * the configuration is read, before the rest of the application (the site) starts. Registered in
 * {@code spring.factories}, so every way of running the application gets it (tests included);
 * {@code main} starts it earlier still ({@link EarlyEmbeddedStoreStart}), and then this does nothing.
 */
public class EmbeddedStoreInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!EmbeddedStoreStart.wanted(context.getEnvironment()) || EmbeddedStoreStart.registeredIn(context)) return;
        EmbeddedStoreStart.open(context.getEnvironment()).registerIn(context);
    }
}

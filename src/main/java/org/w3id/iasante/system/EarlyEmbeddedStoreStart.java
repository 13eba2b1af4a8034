package org.w3id.iasante.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * Starts the embedded store and its SPARQL endpoint the moment the configuration is ready
 * (environment prepared: files, environment variables, arguments, profiles, logging), before Spring
 * creates the application context: on two cores, about a second sooner than an initializer can.
 * Added by {@code main} only, since a test adds its properties later, when the context is prepared;
 * there {@link EmbeddedStoreInitializer} starts it.
 */
public final class EarlyEmbeddedStoreStart implements SmartApplicationListener {

    private EmbeddedStoreStart started;

    /** Adds the early start to {@code application}: this listener, and the initializer that hands it over. */
    public static void addTo(SpringApplication application) {
        EarlyEmbeddedStoreStart early = new EarlyEmbeddedStoreStart();
        application.addListeners(early);
        application.addInitializers(early.new HandOver());
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationFailedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared
                && EmbeddedStoreStart.wanted(prepared.getEnvironment())) {
            started = EmbeddedStoreStart.open(prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent && started != null) {
            started.close(); // release the store's lock and the port, whether or not the context took them
        }
    }

    /** After Spring's own listeners (configuration files, logging): the default, lowest precedence. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Registers the started store in the context, before {@link EmbeddedStoreInitializer} looks for one. */
    private final class HandOver implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (started != null) started.registerIn(context);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}

package org.w3id.iasante;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.w3id.iasante.cli.Cli;
import org.w3id.iasante.cli.CommandNames;
import org.w3id.iasante.system.EarlyEmbeddedStoreStart;
import org.w3id.iasante.system.JenaWarmUp;

/**
 * The application: with no command, the SPARQL endpoint and the site over the embedded store;
 * with a command ({@code validate}, {@code load}, {@code query}, {@code export}, {@code backup}),
 * that command, without starting any server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IaSanteApplication {

    private static final String BACKGROUND_PREINITIALIZER = "spring.backgroundpreinitializer.ignore";

    public static void main(String[] args) {
        if (CommandNames.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        // Spring Boot's background pre-initialiser warms up what the site needs later; on two cores
        // it would compete with the SPARQL endpoint's start, which comes first (measured: 0.4 s).
        if (System.getProperty(BACKGROUND_PREINITIALIZER) == null)
            System.setProperty(BACKGROUND_PREINITIALIZER, "true");
        JenaWarmUp.start();
        application().run(args);
    }

    /** The application as the main command runs it: the SPARQL endpoint starts as soon as the configuration is read. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(IaSanteApplication.class);
        EarlyEmbeddedStoreStart.addTo(application);
        return application;
    }
}

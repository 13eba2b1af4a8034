package org.w3id.iasante;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3id.iasante.cli.Cli;
import org.w3id.iasante.cli.CommandNames;
import org.w3id.iasante.linkeddata.SiteProperties;
import org.w3id.iasante.system.GraphContext;

/**
 * The application: with no command, the SPARQL endpoint and the site over the embedded store;
 * with a command ({@code validate}, {@code load}, {@code query}, {@code export}, {@code backup}),
 * that command, without starting any server.
 */
@SpringBootApplication
// The site's own settings only: the store's, the endpoint's and the knowledge's are bound once, in
// the graph's context, and the site reads them from there.
@ConfigurationPropertiesScan(basePackageClasses = SiteProperties.class)
public class IaSanteApplication {

    /** Spring Boot reads it as a system property only, before the application exists. */
    private static final String BACKGROUND_PREINITIALIZATION = "spring.backgroundpreinitializer.ignore";

    public static void main(String[] args) {
        if (CommandNames.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        // Spring Boot warms Jackson, Tomcat and validation in a thread of their own; on two cores
        // that thread slows the start it means to speed up: the endpoint answered 0.3 s later with
        // it (four starts each way: its log line ≈ 2.15 s after launch with it, ≈ 1.8 s without).
        if (System.getProperty(BACKGROUND_PREINITIALIZATION) == null) {
            System.setProperty(BACKGROUND_PREINITIALIZATION, "true");
        }
        application().run(args);
    }

    /**
     * The application as the main command runs it: the {@link GraphContext} first (its endpoint
     * serves as soon as it is refreshed), then the site as its child. {@code run} returns the
     * site's context; closing it closes the graph's too, once the web server has stopped.
     */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(GraphContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .child(IaSanteApplication.class)
                .initializers(IaSanteApplication::closeTheGraphLast);
    }

    /**
     * Registered before any of the site's beans, so run after all of them are destroyed: after the
     * web server has drained, and also when the site fails to start (the port it could not bind).
     */
    private static void closeTheGraphLast(ConfigurableApplicationContext site) {
        if (site.getParent() instanceof ConfigurableApplicationContext graph) {
            ((DefaultListableBeanFactory) site.getBeanFactory())
                    .registerDisposableBean("graphContextClose", graph::close);
        }
    }
}

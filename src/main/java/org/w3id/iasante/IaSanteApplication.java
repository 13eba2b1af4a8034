package org.w3id.iasante;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.w3id.iasante.cli.Cli;
import org.w3id.iasante.cli.CommandNames;

/**
 * The application: with no command, the SPARQL endpoint and the site over the embedded store;
 * with a command ({@code validate}, {@code load}, {@code query}, {@code export}, {@code backup}),
 * that command, without starting any server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IaSanteApplication {

    public static void main(String[] args) {
        if (CommandNames.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        application().run(args);
    }

    /** The application as the main command runs it. */
    public static SpringApplication application() {
        return new SpringApplication(IaSanteApplication.class);
    }
}

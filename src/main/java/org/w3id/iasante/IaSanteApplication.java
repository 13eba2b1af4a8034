package org.w3id.iasante;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.w3id.iasante.cli.Cli;
import org.w3id.iasante.system.JenaWarmUp;

/**
 * The application: with no command, the SPARQL endpoint and the site over the embedded store;
 * with a command ({@code validate}, {@code load}, {@code query}, {@code export}, {@code backup}),
 * that command, without starting any server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IaSanteApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        JenaWarmUp.start();
        SpringApplication.run(IaSanteApplication.class, args);
    }
}

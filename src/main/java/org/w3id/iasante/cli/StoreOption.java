package org.w3id.iasante.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that work on the embedded store. */
final class StoreOption {

    @Option(
            names = "--store",
            paramLabel = "DIR",
            defaultValue = "store",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}); not while a server uses it")
    Path store;
}

package org.w3id.iasante.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.iasante.load.LoadSummary;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Bulk-loads RDF files into the store in one transaction: all of them, or on the first bad triple none.",
            "Prints progress with its rate, then the triples loaded and triples/s."
        })
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(
            names = "--graph",
            paramLabel = "IRI",
            description = "Named graph for the triples of triple files (.ttl, .nt, .rdf, .jsonld)")
    String graph;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "RDF files (.ttl .nt .nq .trig .rdf .jsonld, optionally .gz)")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream progress =
                new PrintStream(CommandOutput.to(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
        try (EmbeddedStore opened = EmbeddedStore.open(store.store)) {
            LoadSummary summary = Loader.into(opened).load(files, graph, progress);
            spec.commandLine().getOut().println(summary.describe() + " into " + opened.location());
        }
        return 0;
    }
}

package org.w3id.iasante.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.w3id.iasante.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes the whole store (every named graph) or one graph.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export this named graph only")
    String graph;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "nquads",
            description =
                    "nquads, trig (whole store or a graph); turtle, ntriples, rdfxml, jsonld (one graph). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write to FILE (gzipped when it ends in .gz) instead of the standard output")
    Path out;

    @Override
    public Integer call() throws Exception {
        Lang lang = RDFLanguages.shortnameToLang(format);
        if (lang == null) lang = RDFLanguages.nameToLang(format);
        if (lang == null)
            throw new IllegalArgumentException(
                    "Unknown RDF syntax '" + format + "'; try nquads, trig, turtle, ntriples");
        try (EmbeddedStore opened = EmbeddedStore.open(store.store);
                OutputStream sink = sink()) {
            opened.export(graph, lang, sink);
        }
        return 0;
    }

    private OutputStream sink() throws java.io.IOException {
        if (out == null) return new WriterOutputStream(spec.commandLine().getOut());
        OutputStream file = Files.newOutputStream(out);
        return out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file;
    }
}

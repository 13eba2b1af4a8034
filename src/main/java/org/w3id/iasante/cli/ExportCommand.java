package org.w3id.iasante.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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
            export(opened.dataset(), lang, sink);
        }
        return 0;
    }

    /** Every named graph (in a quad syntax) or the one asked for (in any RDF syntax). */
    private void export(DatasetGraph dataset, Lang lang, OutputStream sink) {
        Txn.executeRead(dataset, () -> {
            if (graph == null) {
                if (!RDFLanguages.isQuads(lang)) {
                    throw new IllegalArgumentException("A whole-store export keeps its named graphs: use a quad syntax"
                            + " (nquads, trig), or export one graph with --graph");
                }
                RDFDataMgr.write(sink, dataset, lang);
                return;
            }
            Node name = NodeFactory.createURI(graph);
            if (!dataset.containsGraph(name))
                throw new IllegalArgumentException("The store has no graph <" + graph + ">");
            RDFDataMgr.write(sink, dataset.getGraph(name), lang);
        });
    }

    private OutputStream sink() throws java.io.IOException {
        if (out == null) return CommandOutput.to(spec.commandLine().getOut());
        OutputStream file = Files.newOutputStream(out);
        return out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file;
    }
}

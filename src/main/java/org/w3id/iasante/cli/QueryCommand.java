package org.w3id.iasante.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryBinder;
import org.w3id.iasante.query.QueryCatalogue;
import org.w3id.iasante.query.ResultFormat;
import org.w3id.iasante.query.TermParser;
import org.w3id.iasante.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Asks a catalogue question by name (e.g. select-priorities) or runs a .rq file.",
            "Against the store folder, or a SPARQL endpoint with --endpoint."
        })
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    KnowledgeOption knowledge;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "Ask this SPARQL endpoint instead of the store folder")
    String endpoint;

    @Option(
            names = "--param",
            paramLabel = "NAME=VALUE",
            description =
                    "Binds a catalogue query's parameter; VALUE is a SPARQL term (2024, \"text\", <iri>), or else plain text")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "text, json, xml, csv, tsv (tables); turtle, ntriples, jsonld, rdfxml (graphs). Default: text or turtle")
    String format;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write the answer to FILE instead of the standard output")
    Path out;

    @Parameters(paramLabel = "QUERY", description = "A catalogue query name, or a path to a .rq file")
    String query;

    @Override
    public Integer call() throws Exception {
        Query parsed = resolve();
        ResultFormat resultFormat = format == null ? ResultFormat.defaultFor(parsed) : ResultFormat.of(format);
        try (OutputStream sink =
                out == null ? CommandOutput.to(spec.commandLine().getOut()) : Files.newOutputStream(out)) {
            if (endpoint != null) {
                try (QueryExecHTTP exec =
                        QueryExecHTTP.service(endpoint).query(parsed).build()) {
                    resultFormat.write(parsed, exec, sink);
                }
            } else {
                try (EmbeddedStore opened = EmbeddedStore.open(store.store)) {
                    if (opened.isEmpty()) {
                        spec.commandLine()
                                .getErr()
                                .println("warning: the store in " + opened.location()
                                        + " holds no graph yet; start the server once on it, or use load");
                    }
                    // The default graph is the union of the named graphs, as on the endpoint.
                    DatasetGraph dataset = opened.dataset();
                    Txn.executeRead(dataset, () -> {
                        try (QueryExec exec =
                                QueryExec.dataset(dataset).query(parsed).build()) {
                            resultFormat.write(parsed, exec, sink);
                        }
                    });
                }
            }
        }
        return 0;
    }

    private Query resolve() throws Exception {
        if (query.endsWith(".rq")) {
            Path file = Path.of(query);
            if (!Files.isReadable(file)) throw new IllegalArgumentException("Cannot read " + file + ": no such file");
            if (!parameters.isEmpty())
                throw new IllegalArgumentException("--param binds catalogue queries only; edit " + file);
            return QueryFactory.create(Files.readString(file));
        }
        CatalogueQuery catalogueQuery =
                QueryCatalogue.load(knowledge.location()).get(query);
        Map<String, Node> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, TermParser.parse(value)));
        return QueryBinder.bind(catalogueQuery, values);
    }
}

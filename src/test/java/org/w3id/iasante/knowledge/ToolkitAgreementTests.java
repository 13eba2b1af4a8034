package org.w3id.iasante.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iasante.ontology.IaSanteIris;
import org.w3id.iasante.support.RepositoryKnowledge;

/** Our files are standard RDF, not one toolkit's dialect: Jena and RDF4J Rio read the same graphs. */
class ToolkitAgreementTests {

    static Stream<KnowledgeFile> files() {
        return RepositoryKnowledge.location().allFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void jenaAndRdf4jRioParseTheFileIntoIsomorphicGraphs(KnowledgeFile file) throws Exception {
        boolean trig = file.kind() == KnowledgeFile.Kind.DATA;

        DatasetGraph byJena = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(file.content()))
                .lang(trig ? Lang.TRIG : Lang.TURTLE)
                .base(IaSanteIris.BASE)
                .parse(byJena);

        Model byRio = Rio.parse(
                new ByteArrayInputStream(file.content()), IaSanteIris.BASE, trig ? RDFFormat.TRIG : RDFFormat.TURTLE);
        StringWriter written = new StringWriter();
        Rio.write(byRio, written, RDFFormat.TRIG);
        DatasetGraph viaRio = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(written.toString(), Lang.TRIG).parse(viaRio);

        assertThat(byRio).isNotEmpty();
        assertThat(graphNames(viaRio)).isEqualTo(graphNames(byJena));
        assertThat(viaRio.getDefaultGraph().isIsomorphicWith(byJena.getDefaultGraph()))
                .as("%s, default graph", file.name())
                .isTrue();
        for (Node name : graphNames(byJena)) {
            // Graph by graph: Jena's graph matcher classifies blank nodes by hashing, so the shapes'
            // hundred blank nodes take milliseconds, where a whole-dataset search can take hours.
            assertThat(viaRio.getGraph(name).isIsomorphicWith(byJena.getGraph(name)))
                    .as("%s, graph %s", file.name(), name)
                    .isTrue();
        }
    }

    private static Set<Node> graphNames(DatasetGraph dataset) {
        Set<Node> names = new HashSet<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}

package org.w3id.iasante.store;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description the query endpoint returns to a GET without a query: what
 * it speaks, which result formats, that its default graph is the union of its named graphs, and
 * the named graphs themselves. {@code SERVICE} is off, so basic federated query is not claimed.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    static byte[] write(String endpointUrl, DatasetGraph dataset, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        model.setNsPrefix("formats", FORMATS);
        Resource service = model.createResource(endpointUrl + "#service")
                .addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(sd(model, "endpoint"), model.createResource(endpointUrl))
                .addProperty(sd(model, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(model, "feature"), model.createResource(SD + "UnionDefaultGraph"))
                .addProperty(
                        sd(model, "defaultEntailmentRegime"),
                        model.createResource("http://www.w3.org/ns/entailment/Simple"));
        for (String format : List.of(
                "SPARQL_Results_JSON",
                "SPARQL_Results_XML",
                "SPARQL_Results_CSV",
                "SPARQL_Results_TSV",
                "Turtle",
                "JSON-LD",
                "RDF_XML",
                "N-Triples")) {
            service.addProperty(sd(model, "resultFormat"), model.createResource(FORMATS + format));
        }
        Resource defaultDataset = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Dataset"))
                .addProperty(
                        sd(model, "defaultGraph"),
                        model.createResource().addProperty(RDF.type, model.createResource(SD + "Graph")));
        service.addProperty(sd(model, "defaultDataset"), defaultDataset);
        List<Node> names = Txn.calculateRead(dataset, () -> {
            List<Node> found = new java.util.ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(found::add);
            return found;
        });
        for (Node name : names) {
            defaultDataset.addProperty(
                    sd(model, "namedGraph"),
                    model.createResource()
                            .addProperty(RDF.type, model.createResource(SD + "NamedGraph"))
                            .addProperty(sd(model, "name"), model.createResource(name.getURI())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        return out.toByteArray();
    }

    private static Property sd(Model model, String local) {
        return model.createProperty(SD, local);
    }
}

package org.w3id.iasante.store;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.web.HttpSC;

/**
 * The SPARQL 1.1 Service Description the query endpoint returns to a GET without a query: what
 * it speaks, which result formats, that its default graph is the union of its named graphs, and
 * the named graphs themselves. {@code SERVICE} is off, so basic federated query is not claimed.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    /** What the description is written in, Turtle first: the answer to no Accept or to {@code *}{@code /*}. */
    static final List<Lang> OFFERED = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);

    private static final AcceptList OFFERED_TYPES =
            AcceptList.create(offeredTypes().toArray(String[]::new));

    private ServiceDescription() {}

    /**
     * Answers the request with the description, in the syntax its {@code Accept} header prefers
     * (Fuseki's negotiation, with q-values); 406 when it accepts none of {@link #OFFERED}.
     * {@code examples}, when known, is where the service's SPARQL examples are.
     */
    static void answer(HttpAction action, String examples) {
        String accept = action.getRequestHeader("Accept");
        Lang lang = Lang.TURTLE;
        if (accept != null && !accept.isBlank()) {
            // No default: a header that matches nothing offered gets null, hence a 406.
            MediaType chosen = ActionLib.contentNegotation(action, OFFERED_TYPES, null);
            if (chosen == null) {
                ServletOps.error(
                        HttpSC.NOT_ACCEPTABLE_406,
                        "None of the types in Accept: " + accept + " is served here. Available: "
                                + String.join(", ", offeredTypes()));
            }
            lang = RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        }
        byte[] body = write(endpointUrl(action.getRequest()), examples, action.getDataset(), lang);
        HttpServletResponse response = action.getResponse();
        response.setStatus(200);
        response.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The endpoint's own address, as {@link SparqlEndpoint#queryUrl()} writes it: the port it listens
     * on and the path asked for, never the request's {@code Host}, which the client chooses.
     */
    private static String endpointUrl(HttpServletRequest request) {
        return "http://localhost:" + request.getLocalPort() + request.getRequestURI();
    }

    static byte[] write(String endpointUrl, String examples, DatasetGraph dataset, Lang lang) {
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
        // The catalogue's questions as examples (SIB's sparql-examples convention), where a reader finds them.
        if (examples != null) service.addProperty(RDFS.seeAlso, model.createResource(examples));
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
            List<Node> found = new ArrayList<>();
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

    private static List<String> offeredTypes() {
        return OFFERED.stream()
                .map(lang -> lang.getContentType().getContentTypeStr())
                .toList();
    }

    private static Property sd(Model model, String local) {
        return model.createProperty(SD, local);
    }
}

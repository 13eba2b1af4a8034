package org.w3id.iasante.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.store.GraphStore;

/**
 * The dataset described for machines, in VoID and DCAT: what it is, its licence, its SPARQL
 * endpoint, its URI space and vocabularies, one subset per named graph (with its source), and
 * each dump as a distribution with its media type, size and triple count.
 */
@Component
class DatasetDescription {

    private static final List<String> VOCABULARIES = List.of(
            "http://www.w3.org/2004/02/skos/core#",
            "http://www.w3.org/ns/org#",
            "https://schema.org/",
            "http://www.w3.org/2006/time#",
            "http://data.europa.eu/eli/ontology#",
            "http://purl.org/dc/terms/",
            "http://www.w3.org/ns/prov#",
            "https://w3id.org/ia-sante/def#");

    private final RoadmapGraph graph;
    private final GraphStore store;
    private final Dumps dumps;
    private final SiteIris iris;
    private final SiteModel.SparqlEndpointUrl endpoint;
    private final DatasetCitation citation;

    DatasetDescription(
            RoadmapGraph graph,
            GraphStore store,
            Dumps dumps,
            SiteIris iris,
            SiteModel.SparqlEndpointUrl endpoint,
            DatasetCitation citation) {
        this.graph = graph;
        this.store = store;
        this.dumps = dumps;
        this.iris = iris;
        this.endpoint = endpoint;
        this.citation = citation;
    }

    /** The dataset's IRI. */
    String datasetIri() {
        return citation.iri();
    }

    /** The description, with download URLs made absolute against {@code siteUrl} (e.g. {@code http://localhost:8080}). */
    byte[] write(String siteUrl, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        Vocabularies.PREFIXES.forEach(model::setNsPrefix);
        Resource dataset = model.createResource(datasetIri())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, DatasetCitation.title(Language.FR), "fr")
                .addProperty(DCTerms.title, DatasetCitation.title(Language.EN), "en")
                .addProperty(DCTerms.description, DatasetCitation.description(Language.FR), "fr")
                .addProperty(DCTerms.description, DatasetCitation.description(Language.EN), "en")
                .addProperty(DCTerms.license, model.createResource(DatasetCitation.LICENCE))
                .addProperty(DCTerms.publisher, model.createResource(citation.publisherIri()))
                .addProperty(
                        DCTerms.modified,
                        model.createTypedLiteral(store.dataVersion().since().toString(), XSDDatatype.XSDdateTime))
                .addProperty(VOID.uriSpace, iris.base() + "id/")
                .addProperty(VOID.rootResource, model.createResource(iris.base() + "id/strategy/ia-donnees-sante"))
                .addProperty(DCTerms.conformsTo, model.createResource(iris.base() + "def"));
        if (!endpoint.url().isEmpty()) dataset.addProperty(VOID.sparqlEndpoint, model.createResource(endpoint.url()));
        VOCABULARIES.forEach(v -> dataset.addProperty(VOID.vocabulary, model.createResource(v)));

        Map<String, String> sources = new java.util.HashMap<>();
        graph.select("select-named-graphs", Map.of()).rows().forEach(row -> {
            if (row.containsKey("source"))
                sources.put(row.get("graph").value(), row.get("source").value());
        });
        for (Dumps.Dump dump : dumps.all()) {
            Resource download = model.createResource(siteUrl + dump.path());
            Resource distribution = model.createResource(siteUrl + dump.path() + "#distribution")
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, download)
                    .addProperty(
                            DCAT.mediaType,
                            model.createResource("https://www.iana.org/assignments/media-types/" + dump.mediaType()))
                    .addProperty(
                            DCAT.compressFormat,
                            model.createResource("https://www.iana.org/assignments/media-types/application/gzip"))
                    .addLiteral(
                            DCAT.byteSize,
                            model.createTypedLiteral(Long.toString(dump.bytes()), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(DCTerms.title, dump.file());
            if (dump.graph() == null) {
                dataset.addProperty(VOID.dataDump, download).addProperty(DCAT.distribution, distribution);
                dataset.addLiteral(
                        VOID.triples, model.createTypedLiteral(Long.toString(dump.triples()), XSDDatatype.XSDinteger));
                continue;
            }
            Resource subset = model.createResource(dump.graph())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(VOID.dataDump, download)
                    .addProperty(DCAT.distribution, distribution)
                    .addLiteral(
                            VOID.triples,
                            model.createTypedLiteral(Long.toString(dump.triples()), XSDDatatype.XSDinteger));
            if (sources.containsKey(dump.graph()))
                subset.addProperty(DCTerms.source, model.createResource(sources.get(dump.graph())));
            dataset.addProperty(VOID.subset, subset);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        return out.toByteArray();
    }
}

package org.w3id.iasante.linkeddata.dataset;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.SiteModel;
import org.w3id.iasante.linkeddata.SiteProperties;

/**
 * The dataset described for machines, in VoID and DCAT: what {@code data/dataset.ttl} says of it
 * (title, description, licence, publisher, vocabularies), then what the running site adds — its
 * SPARQL endpoint, its URI space, the date of its data, one subset per named graph (with its
 * source), and each dump as a distribution with its media type, size and triple count.
 */
@Component
class DatasetDescription {

    private final RoadmapGraph graph;
    private final Dumps dumps;
    private final String baseIri;
    private final SiteModel.SparqlEndpointUrl endpoint;
    private final DatasetCitation citation;

    DatasetDescription(
            RoadmapGraph graph,
            Dumps dumps,
            SiteProperties site,
            SiteModel.SparqlEndpointUrl endpoint,
            DatasetCitation citation) {
        this.graph = graph;
        this.dumps = dumps;
        this.baseIri = site.baseIri();
        this.endpoint = endpoint;
        this.citation = citation;
    }

    /** The description, with download URLs made absolute against {@code siteUrl} (e.g. {@code http://localhost:8080}). */
    byte[] write(String siteUrl, Lang lang) {
        Model model = citation.statements();
        Resource dataset = model.createResource(citation.iri())
                .addProperty(
                        DCTerms.modified,
                        model.createTypedLiteral(graph.dataVersion().since().toString(), XSDDatatype.XSDdateTime))
                .addProperty(VOID.uriSpace, baseIri + "id/");
        if (!endpoint.url().isEmpty()) dataset.addProperty(VOID.sparqlEndpoint, model.createResource(endpoint.url()));

        Map<String, String> sources = new HashMap<>();
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

package org.w3id.iasante.linkeddata.vocabulary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.vocabulary.OWL2;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.RdfView;
import org.w3id.iasante.linkeddata.RdfWriter;
import org.w3id.iasante.linkeddata.Representation;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.linkeddata.Vocabularies;
import org.w3id.iasante.linkeddata.page.ResourcePages;
import org.w3id.iasante.query.Term;

/**
 * The ontology at its namespace {@code {base}def}: documentation generated from the ontology
 * itself for people, the Turtle for machines (terms are {@code def#Term}, so one document serves them all).
 */
@Controller
class OntologyController {

    private final RoadmapGraph graph;
    private final ResourcePages pages;
    private final SiteIris iris;

    OntologyController(RoadmapGraph graph, ResourcePages pages, SiteIris iris) {
        this.graph = graph;
        this.pages = pages;
        this.iris = iris;
    }

    /** A class or property of the ontology, as its documentation shows it. */
    record TermDoc(
            String iri,
            String anchor,
            String kind,
            String label,
            String comment,
            String otherLabel,
            Map<String, List<Link>> relations) {}

    /**
     * {@code /def} (the ontology, also at its version IRI {@code /def/0.1.0}), {@code /def/shapes},
     * {@code /def/imports/eli}: each the graph of that name, documented as HTML for the ontology,
     * served as RDF for all; a file extension picks the syntax.
     */
    @GetMapping({"/def", "/def.{extension}", "/def/**"})
    ModelAndView ontology(
            @PathVariable(required = false) String extension,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request,
            Locale locale) {
        String path = request.getRequestURI().substring(1);
        int dot = path.lastIndexOf('.');
        Optional<Representation> byExtension =
                dot < 0 ? Optional.empty() : Representation.named(path.substring(dot + 1));
        if (byExtension.isPresent()) path = path.substring(0, dot);
        String graphIri = iris.base() + path;
        boolean ontology = graphIri.equals(iris.base() + "def") || graphIri.equals(versionIri());
        if (ontology) graphIri = iris.base() + "def";
        Representation representation = Representation.chosen(byExtension.orElse(null), format, accept);
        if (representation != Representation.HTML || !ontology) {
            Representation rdf = representation == Representation.HTML ? Representation.TURTLE : representation;
            List<org.w3id.iasante.query.TermTriple> triples =
                    graph.construct("construct-graph", Map.of("graph", Term.iri(graphIri)));
            if (triples.isEmpty())
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No ontology graph <" + graphIri + ">");
            return new ModelAndView(new RdfView(RdfWriter.write(triples, rdf.lang), rdf.mediaType + "; charset=utf-8"));
        }
        Language language = Language.of(locale);
        ModelAndView view = new ModelAndView("ontology");
        view.addObject("terms", terms(language));
        view.addObject(
                "metadata",
                pages.page(iris.base() + "def", language)
                        .orElseThrow(
                                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The ontology is not loaded")));
        return view;
    }

    /** The ontology's owl:versionIRI, which dereferences to the ontology itself. */
    private String versionIri() {
        return graph
                .select("select-resource-properties", Map.of("resource", Term.iri(iris.base() + "def")))
                .rows()
                .stream()
                .filter(r -> r.get("property").value().equals(OWL2.versionIRI.getURI()))
                .map(r -> r.get("value").value())
                .findFirst()
                .orElse("");
    }

    private List<TermDoc> terms(Language language) {
        Map<String, TermDoc> byIri = new LinkedHashMap<>();
        for (Map<String, Term> row :
                graph.select("select-ontology-terms", Map.of()).rows()) {
            String iri = row.get("term").value();
            boolean french = language == Language.FR;
            TermDoc doc = byIri.computeIfAbsent(
                    iri,
                    i -> new TermDoc(
                            i,
                            i.substring(i.indexOf('#') + 1),
                            Vocabularies.curie(row.get("kind").value()),
                            row.get(french ? "labelFr" : "labelEn").value(),
                            row.get(french ? "commentFr" : "commentEn").value(),
                            row.get(french ? "labelEn" : "labelFr").value(),
                            new LinkedHashMap<>()));
            if (row.containsKey("relation")) {
                String target = row.get("target").value();
                List<Link> targets = doc.relations()
                        .computeIfAbsent(Vocabularies.curie(row.get("relation").value()), r -> new ArrayList<>());
                Link link = pages.link(target, null);
                if (!targets.contains(link)) targets.add(link);
            }
        }
        return List.copyOf(byIri.values());
    }
}

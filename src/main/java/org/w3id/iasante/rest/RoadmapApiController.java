package org.w3id.iasante.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.iasante.api.Actor;
import org.w3id.iasante.api.Amount;
import org.w3id.iasante.api.LegalAct;
import org.w3id.iasante.api.Objective;
import org.w3id.iasante.api.Phase;
import org.w3id.iasante.api.Priority;
import org.w3id.iasante.api.Programme;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.api.SourceStatement;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermParser;

/** A small JSON API for web developers: the Java API's records, as JSON. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class RoadmapApiController {

    private final RoadmapGraph graph;

    RoadmapApiController(RoadmapGraph graph) {
        this.graph = graph;
    }

    @GetMapping("/priorities")
    List<Priority> priorities(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return graph.priorities(LanguageChoice.of(lang, request));
    }

    @GetMapping("/objectives")
    List<Objective> objectives(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return graph.objectives(LanguageChoice.of(lang, request));
    }

    @GetMapping("/programmes")
    List<Programme> programmes(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return graph.programmes(LanguageChoice.of(lang, request));
    }

    @GetMapping("/funding")
    List<Amount> totalFunding() {
        return graph.totalFunding();
    }

    @GetMapping("/actors")
    List<Actor> actors(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return graph.actors(LanguageChoice.of(lang, request));
    }

    /** The phases; with {@code year}, only those covering it. */
    @GetMapping("/phases")
    List<Phase> phases(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer year,
            HttpServletRequest request) {
        List<Phase> phases = graph.phases(LanguageChoice.of(lang, request));
        return year == null
                ? phases
                : phases.stream().filter(p -> p.covers(year)).toList();
    }

    @GetMapping("/legal-acts")
    List<LegalAct> legalActs(@RequestParam(required = false) String lang, HttpServletRequest request) {
        return graph.legalActs(LanguageChoice.of(lang, request));
    }

    @GetMapping("/sources")
    List<SourceStatement> sources(
            @RequestParam String iri, @RequestParam(required = false) String lang, HttpServletRequest request) {
        return graph.sourcesOf(iri, LanguageChoice.of(lang, request));
    }

    @GetMapping("/queries")
    List<CatalogueQuery> catalogue() {
        return graph.catalogue();
    }

    /**
     * Runs a catalogue query; each other request parameter binds the query parameter of that name
     * (its value a SPARQL term such as {@code 2024} or {@code <iri>}, or else plain text).
     */
    @GetMapping("/queries/{name}")
    Object run(@PathVariable String name, @RequestParam Map<String, String> parameters) {
        Map<String, Term> values = new LinkedHashMap<>();
        parameters.forEach((key, value) -> values.put(key, TermParser.parseTerm(value)));
        CatalogueQuery query = graph.catalogue().stream()
                .filter(q -> q.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new org.w3id.iasante.query.UnknownQueryException(
                        name,
                        graph.catalogue().stream().map(CatalogueQuery::name).toList()));
        if (query.role() == QueryRole.ASK) return Map.of("boolean", graph.ask(name, values));
        if (query.role() == QueryRole.CONSTRUCT) return graph.construct(name, values);
        return graph.select(name, values);
    }
}

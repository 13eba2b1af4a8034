package org.w3id.iasante.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.iasante.api.Actor;
import org.w3id.iasante.api.Amount;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.LegalAct;
import org.w3id.iasante.api.Objective;
import org.w3id.iasante.api.Phase;
import org.w3id.iasante.api.Priority;
import org.w3id.iasante.api.Programme;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.api.SourceStatement;
import org.w3id.iasante.linkeddata.ReaderLanguage;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermParser;
import org.w3id.iasante.query.UnknownQueryException;

/** A small JSON API for web developers: the Java API's records, as JSON. */
@Tag(
        name = "Roadmap",
        description =
                "The strategy as the sources state it: priorities, programmes, actors, calendar, legal acts, sources and the catalogue of questions")
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class RoadmapApiController {

    /** The API's language choice, documented once (the site's {@link ReaderLanguage} reads it). */
    static final String LANGUAGE = "fr or en, remembered in a cookie; else Accept-Language, else fr";

    private final RoadmapGraph graph;

    RoadmapApiController(RoadmapGraph graph) {
        this.graph = graph;
    }

    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = LANGUAGE)
    @Operation(summary = "The strategy's priorities, in rank order")
    @GetMapping("/priorities")
    List<Priority> priorities(Locale locale) {
        return graph.priorities(Language.of(locale));
    }

    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = LANGUAGE)
    @Operation(summary = "The objectives, each with the legal acts it relies on")
    @GetMapping("/objectives")
    List<Objective> objectives(Locale locale) {
        return graph.objectives(Language.of(locale));
    }

    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = LANGUAGE)
    @Operation(
            summary =
                    "The programmes, with the amount each is given (exact, and as the source writes it) and its purpose")
    @GetMapping("/programmes")
    List<Programme> programmes(Locale locale) {
        return graph.programmes(Language.of(locale));
    }

    @Operation(summary = "The total funding the summary states, by currency (an exact amount)")
    @GetMapping("/funding")
    List<Amount> totalFunding() {
        return graph.totalFunding();
    }

    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = LANGUAGE)
    @Operation(summary = "The bodies that govern or carry out the strategy, with their roles")
    @GetMapping("/actors")
    List<Actor> actors(Locale locale) {
        return graph.actors(Language.of(locale));
    }

    /** The phases; with {@code year}, only those covering it. */
    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = LANGUAGE)
    @Operation(summary = "The phases of the calendar with their planned actions; with year, only those covering it")
    @GetMapping("/phases")
    List<Phase> phases(Locale locale, @RequestParam(required = false) Integer year) {
        List<Phase> phases = graph.phases(Language.of(locale));
        return year == null
                ? phases
                : phases.stream().filter(p -> p.covers(year)).toList();
    }

    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = LANGUAGE)
    @Operation(summary = "The legal acts the strategy relies on (ELI where there is one)")
    @GetMapping("/legal-acts")
    List<LegalAct> legalActs(Locale locale) {
        return graph.legalActs(Language.of(locale));
    }

    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = LANGUAGE)
    @Operation(summary = "The sources (named graph, document, section) that state something about one resource")
    @GetMapping("/sources")
    List<SourceStatement> sources(@RequestParam String iri, Locale locale) {
        return graph.sourcesOf(iri, Language.of(locale));
    }

    @Operation(summary = "The catalogue of SPARQL questions, with titles in French and English and parameters")
    @GetMapping("/queries")
    List<CatalogueQuery> catalogue() {
        return graph.catalogue();
    }

    /**
     * Runs a catalogue query; each other request parameter binds the query parameter of that name
     * (its value a SPARQL term such as {@code 2024} or {@code <iri>}, or else plain text).
     */
    @Operation(
            summary = "Runs one catalogue question; each other parameter binds the question's parameter of that name")
    @GetMapping("/queries/{name}")
    Object run(@PathVariable String name, @RequestParam Map<String, String> parameters) {
        Map<String, Term> values = new LinkedHashMap<>();
        parameters.forEach((key, value) -> values.put(key, TermParser.parseTerm(value)));
        CatalogueQuery query = graph.catalogue().stream()
                .filter(q -> q.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownQueryException(
                        name,
                        graph.catalogue().stream().map(CatalogueQuery::name).toList()));
        if (query.role() == QueryRole.ASK) return Map.of("boolean", graph.ask(name, values));
        if (query.role() == QueryRole.CONSTRUCT) return graph.construct(name, values);
        return graph.select(name, values);
    }
}

package org.w3id.iasante.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.ReaderLanguage;
import org.w3id.iasante.linkeddata.search.SiteSearch;

/**
 * The site's search box as JSON: the same results as {@code /search}, with where to read about each;
 * and the names of given IRIs, from the same labels.
 */
@Tag(name = "Search", description = "Search over the labels and titles of the graph")
@RestController
class SearchApiController {

    private final SiteSearch search;

    SearchApiController(SiteSearch search) {
        this.search = search;
    }

    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = RoadmapApiController.LANGUAGE)
    @Operation(
            summary =
                    "Resources whose labels and titles match q: at most 50, best first, each with its page and the label that matched")
    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SiteSearch.Result> search(@RequestParam(name = "q") String text, Locale locale) {
        return search.find(text, Language.of(locale));
    }

    @Parameter(name = ReaderLanguage.PARAMETER, in = ParameterIn.QUERY, description = RoadmapApiController.LANGUAGE)
    @Operation(
            summary = "The name of each IRI given (at most " + SiteSearch.MOST_LABELS
                    + "), in the reader's language, and its page: what the SPARQL editor shows in its results;"
                    + " an IRI without a name in the graph is left out")
    @GetMapping(path = "/api/labels", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, SiteSearch.Named> labels(@RequestParam(name = "iri") List<String> iris, Locale locale) {
        if (iris.size() > SiteSearch.MOST_LABELS) {
            throw new IllegalArgumentException("At most " + SiteSearch.MOST_LABELS + " iri parameters per request ("
                    + iris.size() + " given): ask in batches");
        }
        return search.labelsOf(iris, Language.of(locale));
    }
}

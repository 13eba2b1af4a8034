package org.w3id.iasante.linkeddata.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.rest.LanguageChoice;

/** The search box of every page, and its JSON twin for the API. */
@Controller
class SearchController {

    private static final int LIMIT = 50;

    private final LabelIndex index;
    private final SiteIris iris;

    SearchController(LabelIndex index, SiteIris iris) {
        this.index = index;
        this.iris = iris;
    }

    /** One search result: where to read about it, its label, the label that matched. */
    record Result(String iri, String href, String label, String matched, String language) {}

    @GetMapping("/search")
    String page(
            @RequestParam(name = "q", required = false, defaultValue = "") String text,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", text);
        model.addAttribute("results", results(text, LanguageChoice.of(request).tag()));
        return "search";
    }

    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Result> api(@RequestParam(name = "q") String text, HttpServletRequest request) {
        return results(text, LanguageChoice.of(request).tag());
    }

    private List<Result> results(String text, String language) {
        return index.search(text, language, LIMIT).stream()
                .map(hit -> new Result(hit.iri(), iris.pageOf(hit.iri()), hit.label(), hit.matched(), hit.language()))
                .toList();
    }
}

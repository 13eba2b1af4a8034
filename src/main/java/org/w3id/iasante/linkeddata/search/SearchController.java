package org.w3id.iasante.linkeddata.search;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.w3id.iasante.api.Language;

/** The search box of every page ({@code /search}); its JSON twin is the API's {@code /api/search}. */
@Controller
class SearchController {

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(
            @RequestParam(name = "q", required = false, defaultValue = "") String text, Locale locale, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("results", search.find(text, Language.of(locale)));
        return "search";
    }
}

package org.w3id.iasante.linkeddata.strategy;

import java.util.List;
import java.util.Locale;
import org.apache.jena.vocabulary.DCTerms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.page.ResourceClaims;
import org.w3id.iasante.linkeddata.page.ResourcePages;
import org.w3id.iasante.linkeddata.page.SideBySide;

/**
 * The home page: the strategy as the sources record it (chapters, dated editions, period, events
 * on a timeline), and the consultancy's summary the graph started from, shown as one source among
 * the others with the claims no primary source supports.
 */
@Controller
class HomeController {

    private static final String TEMPORAL = DCTerms.temporal.getURI();

    private final ResourcePages pages;
    private final StrategyOverview overview;

    HomeController(ResourcePages pages, StrategyOverview overview) {
        this.pages = pages;
        this.overview = overview;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        Language language = Language.of(locale);
        ResourceClaims strategy = pages.claims(overview.strategyIri(), language);
        model.addAttribute("strategy", strategy);
        model.addAttribute(
                "period",
                strategy.property(TEMPORAL)
                        .map(SideBySide.PropertyClaims::values)
                        .orElse(List.of()));
        model.addAttribute("chapters", overview.chapters(language));
        List<StrategyOverview.Event> events = overview.events(language);
        model.addAttribute("events", events);
        model.addAttribute("timeline", Charts.events(events));

        ResourceClaims summary = pages.claims(overview.summaryIri(), language);
        model.addAttribute("summary", summary);
        model.addAttribute("summarySource", summary.asSource().orElse(null));
        model.addAttribute("unsupported", overview.unsupportedSummaryClaims(language));
        return "home";
    }
}

package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.rest.LanguageChoice;

/** The home page: what this is, the priorities, the funding chart, the timeline chart, the actors. */
@Controller
class HomeController {

    private final RoadmapGraph graph;
    private final SiteIris iris;

    HomeController(RoadmapGraph graph, SiteIris iris) {
        this.graph = graph;
        this.iris = iris;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Language language = LanguageChoice.of(request);
        var programmes = graph.programmes(language);
        model.addAttribute(
                "roadmap",
                graph.select("select-roadmap", Map.<String, Term>of()).rows().stream()
                        .findFirst()
                        .orElse(Map.of()));
        model.addAttribute("priorities", graph.priorities(language));
        model.addAttribute("objectives", graph.objectives(language));
        model.addAttribute("programmes", programmes);
        model.addAttribute("funding", Charts.funding(programmes, language, iris));
        model.addAttribute(
                "total",
                graph.totalFunding().stream()
                        .map(a -> Charts.money(a.value(), a.currency(), language))
                        .toList());
        model.addAttribute("timeline", Charts.timeline(graph.phases(language), iris));
        model.addAttribute("actors", graph.actors(language));
        model.addAttribute("legalActs", graph.legalActs(language));
        model.addAttribute("chartWidth", Charts.WIDTH);
        return "home";
    }
}

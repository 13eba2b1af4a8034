package org.w3id.iasante.linkeddata.editor;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.query.QueryRole;
import org.w3id.iasante.rest.LanguageChoice;

/** The browser SPARQL editor (YASGUI, served from its WebJar), with every catalogue question preloaded. */
@Controller
class SparqlEditorController {

    private final RoadmapGraph graph;

    SparqlEditorController(RoadmapGraph graph) {
        this.graph = graph;
    }

    /** A catalogue question as the editor offers it: a tab name and the query text. */
    record Example(String name, String title, String question, String query) {}

    @GetMapping("/sparql")
    String editor(HttpServletRequest request, Model model) {
        Language language = LanguageChoice.of(request);
        List<Example> examples = graph.catalogue().stream()
                .filter(q -> q.role() != QueryRole.VIOLATION)
                .map(q -> new Example(q.name(), q.title(language.tag()), q.question(language.tag()), q.text()))
                .toList();
        model.addAttribute("examples", examples);
        return "sparql";
    }
}

package org.w3id.iasante.linkeddata.editor;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.query.QueryRole;

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
    String editor(Locale locale, Model model) {
        Language language = Language.of(locale);
        List<Example> examples = graph.catalogue().stream()
                .filter(q -> q.role() != QueryRole.VIOLATION)
                .map(q -> new Example(q.name(), q.title(language.tag()), q.question(language.tag()), q.text()))
                .toList();
        model.addAttribute("examples", examples);
        return "sparql";
    }
}

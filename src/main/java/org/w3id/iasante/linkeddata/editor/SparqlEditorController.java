package org.w3id.iasante.linkeddata.editor;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.RdfView;
import org.w3id.iasante.linkeddata.Representation;
import org.w3id.iasante.linkeddata.Vocabularies;

/**
 * The browser SPARQL editor (YASGUI, served from its WebJar) with the catalogue's questions as
 * examples, the same examples as RDF at {@value SparqlExamples#PATH}, and the prefixes the
 * editor completes, so that it asks no other host.
 */
@Controller
class SparqlEditorController {

    private final SparqlExamples examples;

    SparqlEditorController(SparqlExamples examples) {
        this.examples = examples;
    }

    @GetMapping("/sparql")
    String editor(Locale locale, Model model) {
        model.addAttribute("groups", examples.groups(Language.of(locale)));
        model.addAttribute("examplesPath", SparqlExamples.PATH);
        model.addAttribute("prefixes", Vocabularies.PREFIXES.getNsPrefixMap());
        return "sparql";
    }

    /** A person asking for the examples is shown the editor, which lists them. */
    @GetMapping(SparqlExamples.PATH)
    ModelAndView examples(
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Representation representation = Representation.chosen(null, format, accept);
        if (representation == Representation.HTML) {
            RedirectView view = new RedirectView("/sparql", true);
            view.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(view);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, examples.model(), representation.lang);
        return new ModelAndView(new RdfView(out.toByteArray(), representation.mediaType + "; charset=utf-8"));
    }

    /** The ontology's prefixes in the form YASQE's prefix completion reads (prefix.cc's {@code {"skos": "http…"}}). */
    @GetMapping(value = "/sparql/prefixes", produces = "application/json")
    @ResponseBody
    Map<String, String> prefixes() {
        return Vocabularies.PREFIXES.getNsPrefixMap();
    }
}

package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/** The dataset as a whole: its VoID/DCAT description and its dumps. */
@Controller
class DatasetController {

    private final DatasetDescription description;
    private final Dumps dumps;

    DatasetController(DatasetDescription description, Dumps dumps) {
        this.description = description;
        this.dumps = dumps;
    }

    @GetMapping("/.well-known/void")
    ModelAndView voidDescription(
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request) {
        Representation representation = Representation.chosen(null, format, accept);
        if (representation == Representation.HTML) {
            RedirectView view = new RedirectView("/dumps", true);
            view.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(view);
        }
        return new ModelAndView(new RdfView(
                description.write(siteUrl(), representation.lang), representation.mediaType + "; charset=utf-8"));
    }

    /** The dataset's own IRI ({@code {base}dataset}) leads to its description. */
    @GetMapping("/dataset")
    ModelAndView dataset() {
        RedirectView view = new RedirectView("/.well-known/void", true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(view);
    }

    @GetMapping("/dumps")
    String list(Model model) {
        model.addAttribute("dumps", dumps.all());
        return "dumps";
    }

    @GetMapping("/dumps/{file}")
    ModelAndView download(@PathVariable String file) {
        if (file.equals("void.ttl")) {
            return new ModelAndView(new RdfView(
                    description.write(siteUrl(), org.apache.jena.riot.Lang.TURTLE), "text/turtle; charset=utf-8"));
        }
        Dumps.Dump dump = dumps.file(file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No dump named " + file));
        return new ModelAndView(new RdfView(dump.content(), "application/gzip"));
    }

    private static String siteUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}

package org.w3id.iasante.linkeddata.dataset;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.w3id.iasante.linkeddata.PublicAddress;
import org.w3id.iasante.linkeddata.RdfView;
import org.w3id.iasante.linkeddata.Representation;

/** The dataset as a whole: its VoID/DCAT description and its dumps. */
@Controller
class DatasetController {

    private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle; charset=utf-8");
    private static final MediaType GZIP = MediaType.parseMediaType("application/gzip");

    private final DatasetDescription description;
    private final Dumps dumps;
    private final PublicAddress address;

    DatasetController(DatasetDescription description, Dumps dumps, PublicAddress address) {
        this.description = description;
        this.dumps = dumps;
        this.address = address;
    }

    @GetMapping("/.well-known/void")
    ModelAndView voidDescription(
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Representation representation = Representation.chosen(null, format, accept);
        if (representation == Representation.HTML) {
            RedirectView view = new RedirectView("/dumps", true);
            view.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(view);
        }
        return new ModelAndView(new RdfView(
                description.write(address.url(), representation.lang), representation.mediaType + "; charset=utf-8"));
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

    /** A dump is served from its file by Spring's resource support: streamed, never held whole. */
    @GetMapping("/dumps/{file}")
    ResponseEntity<?> download(@PathVariable String file) {
        if (file.equals("void.ttl")) {
            return ResponseEntity.ok().contentType(TURTLE).body(description.write(address.url(), Lang.TURTLE));
        }
        Path dump = dumps.location(file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No dump named " + file));
        return ResponseEntity.ok().contentType(GZIP).body(new FileSystemResource(dump));
    }
}

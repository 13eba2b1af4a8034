package org.w3id.iasante.linkeddata.dataset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.riot.Lang;
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
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.w3id.iasante.linkeddata.RdfView;
import org.w3id.iasante.linkeddata.Representation;

/** The dataset as a whole: its VoID/DCAT description and its dumps. */
@Controller
class DatasetController {

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

    @GetMapping("/dumps/{file}")
    ModelAndView download(@PathVariable String file) {
        if (file.equals("void.ttl")) {
            return new ModelAndView(
                    new RdfView(description.write(address.url(), Lang.TURTLE), "text/turtle; charset=utf-8"));
        }
        Path dump = dumps.location(file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No dump named " + file));
        return new ModelAndView(new FileView(dump, "application/gzip"));
    }

    /** A dump copied from its file to the response as it is read: never held whole. */
    private record FileView(Path file, String contentType) implements View {

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            response.setContentType(contentType);
            response.setContentLengthLong(Files.size(file));
            if (!"HEAD".equals(request.getMethod())) Files.copy(file, response.getOutputStream());
        }
    }
}

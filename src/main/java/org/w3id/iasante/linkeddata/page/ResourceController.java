package org.w3id.iasante.linkeddata.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.RdfView;
import org.w3id.iasante.linkeddata.RdfWriter;
import org.w3id.iasante.linkeddata.Representation;
import org.w3id.iasante.linkeddata.SiteIris;

/**
 * Every IRI {@code {base}id/<type>/<slug>} dereferences: {@code /id/…} answers 303 See Other to
 * the description {@code /doc/…}, which is served in the representation asked for (Accept, or
 * {@code ?format=}, or a file extension): a page for people, Turtle, JSON-LD, RDF/XML, N-Triples.
 */
@Controller
class ResourceController {

    /** The RDF documents a page links to, in the order it lists them. */
    private static final List<Representation> RDF_REPRESENTATIONS =
            List.of(Representation.TURTLE, Representation.JSONLD, Representation.RDFXML, Representation.NTRIPLES);

    private final ResourcePages pages;
    private final SiteIris iris;

    ResourceController(ResourcePages pages, SiteIris iris) {
        this.pages = pages;
        this.iris = iris;
    }

    @GetMapping("/id/{type}/{slug}")
    ModelAndView identify(
            @PathVariable String type,
            @PathVariable String slug,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String iri = iris.iriOfIdPath(type + "/" + slug);
        if (!pages.isDescribed(iri)) throw notFound(iri);
        Representation representation = Representation.chosen(null, format, accept);
        RedirectView view = new RedirectView(
                "/doc/" + type + "/" + slug
                        + (representation == Representation.HTML ? "" : "." + representation.extension),
                true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setPropagateQueryParams(false);
        return new ModelAndView(view);
    }

    @GetMapping("/doc/{type}/{file}")
    ModelAndView document(
            @PathVariable String type,
            @PathVariable String file,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request,
            HttpServletResponse response) {
        int dot = file.lastIndexOf('.');
        Optional<Representation> byExtension =
                dot < 0 ? Optional.empty() : Representation.named(file.substring(dot + 1));
        String slug = byExtension.isPresent() ? file.substring(0, dot) : file;
        String iri = iris.iriOfIdPath(type + "/" + slug);
        Representation representation = Representation.chosen(byExtension.orElse(null), format, accept);
        if (byExtension.isEmpty() && format == null) {
            response.setHeader(
                    HttpHeaders.CONTENT_LOCATION,
                    "/doc/" + type + "/" + slug
                            + (representation == Representation.HTML ? "" : "." + representation.extension));
        }
        return describe(iri, "/doc/" + type + "/" + slug, representation, request, response);
    }

    /** Any other IRI the graph describes (an ELI, say), at {@code /describe?iri=}. */
    @GetMapping("/describe")
    ModelAndView describeAny(
            @RequestParam String iri,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (iris.isOurs(iri)) {
            RedirectView view = new RedirectView(iris.pageOf(iri), true);
            view.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(view);
        }
        return describe(iri, null, Representation.chosen(null, format, accept), request, response);
    }

    /** The next pages of a resource's "used by" through one property (keyset paging, see select-resource-incoming.rq). */
    @GetMapping("/used-by")
    ModelAndView usedBy(
            @RequestParam String iri,
            @RequestParam String property,
            @RequestParam(defaultValue = "") String after,
            HttpServletRequest request) {
        Language language = Language.of(RequestContextUtils.getLocale(request));
        ResourcePage.Listed used = pages.usedBy(iri, property, after, language)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Nothing links to <" + iri + "> through <" + property + ">"));
        return listing(pages.named(iri, language), "used-by", "resource.incoming.of", used);
    }

    /** The next pages of what a source states, of one type (keyset paging, see select-source-facts-of-type.rq). */
    @GetMapping("/source-facts")
    ModelAndView sourceFacts(
            @RequestParam String source,
            @RequestParam String type,
            @RequestParam(defaultValue = "") String after,
            HttpServletRequest request) {
        Language language = Language.of(RequestContextUtils.getLocale(request));
        ResourcePage.Listed facts = pages.sourceFacts(source, type, after, language)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "The graph of <" + source + "> describes nothing of type <" + type + ">"));
        return listing(pages.named(source, language), "facts", "source.facts.of", facts);
    }

    /** A page of one listing of a resource's page, headed by the message {@code title} (the resource, the heading). */
    private static ModelAndView listing(Link resource, String section, String title, ResourcePage.Listed group) {
        ModelAndView view = new ModelAndView("listing");
        view.addObject("resource", resource);
        view.addObject("section", section);
        view.addObject("title", title);
        view.addObject("group", group);
        return view;
    }

    private ModelAndView describe(
            String iri,
            String docPath,
            Representation representation,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (representation != Representation.HTML) {
            if (!pages.isDescribed(iri)) throw notFound(iri);
            linkTheOthers(response, docPath, iri, representation);
            byte[] body = RdfWriter.write(pages.description(iri), representation.lang);
            return new ModelAndView(new RdfView(body, representation.mediaType + "; charset=utf-8"));
        }
        Language language = Language.of(RequestContextUtils.getLocale(request));
        ResourcePage page = pages.page(iri, language).orElseThrow(() -> notFound(iri));
        linkTheOthers(response, docPath, iri, representation);
        ModelAndView view = new ModelAndView("resource");
        view.addObject("page", page);
        view.addObject(
                "alternates",
                RDF_REPRESENTATIONS.stream()
                        .map(r -> new Alternate(
                                r.name().toLowerCase(java.util.Locale.ROOT),
                                r.mediaType.toString(),
                                alternateHref(docPath, iri, r)))
                        .toList());
        view.addObject("ours", iris.isOurs(iri));
        view.addObject("pageSources", page.claims().sources());
        return view;
    }

    /** Every representation names the others in {@code Link} headers, so a client holding one finds the rest. */
    private static void linkTheOthers(
            HttpServletResponse response, String docPath, String iri, Representation representation) {
        for (Representation alternate : Representation.values()) {
            if (alternate == representation) continue;
            response.addHeader(
                    HttpHeaders.LINK,
                    "<" + alternateHref(docPath, iri, alternate) + ">; rel=\"alternate\"; type=\"" + alternate.mediaType
                            + "\"");
        }
    }

    /** A link to one RDF representation. */
    record Alternate(String name, String mediaType, String href) {}

    private static String alternateHref(String docPath, String iri, Representation representation) {
        boolean page = representation == Representation.HTML;
        return docPath != null
                ? docPath + (page ? "" : "." + representation.extension)
                : "/describe?iri=" + java.net.URLEncoder.encode(iri, StandardCharsets.UTF_8)
                        + (page ? "" : "&format=" + representation.extension);
    }

    private static ResponseStatusException notFound(String iri) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "The graph says nothing about <" + iri + ">");
    }
}

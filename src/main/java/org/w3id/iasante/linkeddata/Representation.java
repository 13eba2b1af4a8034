package org.w3id.iasante.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * The ways a resource is served: a page for people, four RDF syntaxes for machines. Each syntax's
 * media type, file extension and names are Jena's ({@link RDFLanguages}), so links, negotiation and
 * the RDF written agree.
 */
public enum Representation {
    HTML(null),
    TURTLE(Lang.TURTLE),
    JSONLD(Lang.JSONLD),
    RDFXML(Lang.RDFXML),
    NTRIPLES(Lang.NTRIPLES);

    public final MediaType mediaType;
    public final String extension;
    public final Lang lang;

    Representation(Lang lang) {
        this.lang = lang;
        this.mediaType = lang == null ? MediaType.TEXT_HTML : MediaType.parseMediaType(lang.getHeaderString());
        this.extension = lang == null ? "html" : lang.getFileExtensions().get(0);
    }

    /**
     * By file extension or {@code ?format=} value: the extension, or any name Jena knows the syntax
     * by ({@code ttl}, {@code turtle}, {@code jsonld}, {@code json-ld}, {@code rdfxml}…).
     */
    public static Optional<Representation> named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(HTML.extension)) return Optional.of(HTML);
        Lang known = RDFLanguages.shortnameToLang(lower);
        return Arrays.stream(values())
                .filter(r -> r.lang != null && (r.extension.equals(lower) || r.lang.equals(known)))
                .findFirst();
    }

    /**
     * The best representation for an {@code Accept} header, by quality then specificity;
     * {@code *}{@code /*} and a missing header get the page. Empty when nothing offered fits (406).
     */
    public static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        wanted = new java.util.ArrayList<>(wanted);
        MimeTypeUtils.sortBySpecificity(wanted);
        // Then by quality, highest first; the sort is stable, so specificity still breaks ties.
        wanted.sort(
                java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : wanted) {
            if (type.getQualityValue() == 0) continue;
            for (Representation candidate : values()) {
                if (type.includes(candidate.mediaType)) return Optional.of(candidate);
            }
            // Common aliases some clients send.
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) return Optional.of(JSONLD);
            if (type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML))
                return Optional.of(RDFXML);
            if (type.isCompatibleWith(MediaType.TEXT_PLAIN)) return Optional.of(NTRIPLES);
        }
        return Optional.empty();
    }

    /**
     * The representation a request asks for: the one its file extension names ({@code null} when
     * the path has none), else {@code ?format=}, else the {@code Accept} header; a 406 that says
     * what is offered when none fits.
     */
    public static Representation chosen(Representation byExtension, String format, String accept) {
        if (byExtension != null) return byExtension;
        if (format != null && !format.isBlank()) {
            return named(format)
                    .orElseThrow(() -> new NotAcceptableException(
                            "Unknown format '" + format + "'; use html, ttl, jsonld, rdf or nt"));
        }
        return negotiate(accept)
                .orElseThrow(() -> new NotAcceptableException(
                        "None of the types in Accept: " + accept + " is served here. Available: " + offered()));
    }

    /** What a 406 lists as available. */
    public static String offered() {
        return String.join(
                ", ", Arrays.stream(values()).map(r -> r.mediaType.toString()).toList());
    }
}

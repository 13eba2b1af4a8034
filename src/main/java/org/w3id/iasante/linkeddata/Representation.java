package org.w3id.iasante.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/** The ways a resource is served: a page for people, four RDF syntaxes for machines. */
public enum Representation {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES);

    public final MediaType mediaType;
    final String extension;
    public final Lang lang;

    Representation(String mediaType, String extension, Lang lang) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
        this.lang = lang;
    }

    /** By file extension or {@code ?format=} value ({@code ttl}, {@code turtle}, {@code jsonld}…). */
    static Optional<Representation> named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.extension.equals(lower)
                        || r.name().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }

    /**
     * The best representation for an {@code Accept} header, by quality then specificity;
     * {@code *}{@code /*} and a missing header get the page. Empty when nothing offered fits (406).
     */
    static Optional<Representation> negotiate(String accept) {
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
    static String offered() {
        return String.join(
                ", ", Arrays.stream(values()).map(r -> r.mediaType.toString()).toList());
    }
}

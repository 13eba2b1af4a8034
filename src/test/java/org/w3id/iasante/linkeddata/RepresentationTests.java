package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The representations served: their media types, extensions and names, and negotiation among them. */
class RepresentationTests {

    @Test
    void eachRepresentationHasTheMediaTypeAndExtensionOfItsSyntax() {
        assertThat(Arrays.stream(Representation.values()).map(r -> r.mediaType + " ." + r.extension))
                .containsExactly(
                        "text/html .html",
                        "text/turtle .ttl",
                        "application/ld+json .jsonld",
                        "application/rdf+xml .rdf",
                        "application/n-triples .nt");
    }

    @Test
    void aRepresentationIsNamedByItsExtensionOrTheNameOfItsSyntax() {
        assertThat(Representation.named("ttl")).hasValue(Representation.TURTLE);
        assertThat(Representation.named("TURTLE")).hasValue(Representation.TURTLE);
        assertThat(Representation.named("jsonld")).hasValue(Representation.JSONLD);
        assertThat(Representation.named("rdf")).hasValue(Representation.RDFXML);
        assertThat(Representation.named("rdfxml")).hasValue(Representation.RDFXML);
        assertThat(Representation.named("nt")).hasValue(Representation.NTRIPLES);
        assertThat(Representation.named("ntriples")).hasValue(Representation.NTRIPLES);
        assertThat(Representation.named("html")).hasValue(Representation.HTML);
    }

    @Test
    void aSyntaxNotServedHereIsNoRepresentation() {
        assertThat(Representation.named("trig")).isEmpty();
        assertThat(Representation.named("nq")).isEmpty();
        assertThat(Representation.named("pdf")).isEmpty();
        assertThatThrownBy(() -> Representation.chosen(null, "trig", null))
                .isInstanceOf(NotAcceptableException.class)
                .hasMessageContaining("Unknown format 'trig'");
    }

    @Test
    void negotiationTakesTheHighestQualityThenTheMostSpecific() {
        assertThat(Representation.negotiate(null)).hasValue(Representation.HTML);
        assertThat(Representation.negotiate("*/*")).hasValue(Representation.HTML);
        assertThat(Representation.negotiate("text/html;q=0.5, text/turtle")).hasValue(Representation.TURTLE);
        assertThat(Representation.negotiate("application/*, application/n-triples"))
                .hasValue(Representation.NTRIPLES);
        assertThat(Representation.negotiate("application/json")).hasValue(Representation.JSONLD);
        assertThat(Representation.negotiate("application/pdf")).isEmpty();
        assertThat(Representation.negotiate("text/turtle;q=0")).isEmpty();
    }
}

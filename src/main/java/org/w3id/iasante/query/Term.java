package org.w3id.iasante.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An RDF term as a plain value, free of any toolkit's types.
 *
 * @param kind IRI, literal or blank node
 * @param value the IRI, the literal's lexical form, or the blank node's label
 * @param datatype the literal's datatype IRI ({@code rdf:langString} for a tagged string); null otherwise
 * @param language the literal's language tag, lower case; empty when none
 */
public record Term(Kind kind, String value, String datatype, String language) {

    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    public enum Kind {
        IRI,
        LITERAL,
        BLANK
    }

    public Term {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        language = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        if (kind == Kind.LITERAL && datatype == null) datatype = language.isEmpty() ? XSD + "string" : LANG_STRING;
    }

    public static Term iri(String iri) {
        return new Term(Kind.IRI, iri, null, "");
    }

    public static Term blank(String label) {
        return new Term(Kind.BLANK, label, null, "");
    }

    public static Term literal(String lexical, String datatype) {
        return new Term(Kind.LITERAL, lexical, datatype, "");
    }

    public static Term text(String lexical, String language) {
        return new Term(Kind.LITERAL, lexical, LANG_STRING, language);
    }

    public boolean isIri() {
        return kind == Kind.IRI;
    }

    public boolean isLiteral() {
        return kind == Kind.LITERAL;
    }

    public BigDecimal asDecimal() {
        return new BigDecimal(value);
    }

    public int asInt() {
        return Integer.parseInt(value);
    }

    public LocalDate asDate() {
        return LocalDate.parse(value);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case IRI -> "<" + value + ">";
            case BLANK -> "_:" + value;
            case LITERAL ->
                "\"" + value + "\""
                        + (language.isEmpty()
                                ? (datatype.equals(XSD + "string") ? "" : "^^<" + datatype + ">")
                                : "@" + language);
        };
    }
}

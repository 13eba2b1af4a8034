package org.w3id.iasante.linkeddata.page;

import java.util.List;
import java.util.Optional;
import org.w3id.iasante.api.SourceStatement;
import org.w3id.iasante.linkeddata.Link;

/**
 * What the HTML page of a resource shows.
 *
 * @param iri the resource
 * @param label its name in the reader's language
 * @param description its definition or description, if any, in the reader's language
 * @param claims what each source says of it (and of the resources aligned with it), side by side
 * @param incoming the resources that link to it ("used by"), by property, a page of each
 * @param sources where its facts come from (document, section, graph)
 * @param source for a source document: its kind, date, address and publisher; else null
 * @param facts for a source document: the resources its graph describes, by type, a page of each; else empty
 * @param columns for a table (csvw:Table): its columns, in name order; else empty
 * @param citation how to cite the page
 */
public record ResourcePage(
        String iri,
        String label,
        String description,
        ResourceClaims claims,
        List<Listed> incoming,
        List<SourceStatement> sources,
        SourceCard source,
        List<Listed> facts,
        List<Column> columns,
        Citation citation) {

    /** Its classes. */
    public List<Link> types() {
        return claims.types();
    }

    /** The resource's own properties, values side by side. */
    public List<SideBySide.PropertyClaims> properties() {
        return claims.own().properties();
    }

    /**
     * Resources listed under one heading (a property linking to the resource, a type of what a
     * source states): how many there are, and one page of them.
     *
     * @param next the address of the next page, if there is one
     */
    public record Listed(Link heading, int count, List<Link> items, Optional<String> next) {}

    /** A source document as its own graph describes it. */
    public record SourceCard(SourceRef self, List<Link> publishers) {}

    /** A column of a table: its name, datatype, description and code list (each null when not stated). */
    public record Column(Link column, String name, Link datatype, String description, Link codeList) {}
}

package org.w3id.iasante.linkeddata;

import java.util.List;
import org.w3id.iasante.api.SourceStatement;

/**
 * What the HTML page of a resource shows.
 *
 * @param iri the resource
 * @param label its name in the reader's language
 * @param description its definition or description, if any, in the reader's language
 * @param types its classes
 * @param properties every property with its values, values in the reader's language first
 * @param incoming the resources that link to it ("used by")
 * @param sources where its facts come from
 */
record ResourcePage(
        String iri,
        String label,
        String description,
        List<Link> types,
        List<PropertyRow> properties,
        List<IncomingLink> incoming,
        List<SourceStatement> sources) {

    /** A link a person can follow: a page of this site, or an outside IRI. */
    record Link(String href, String label, String iri) {}

    /** A value: a link, or a literal with its language or datatype; and the graph (source) stating it. */
    record Value(Link link, String text, String language, String datatype, String graph) {}

    record PropertyRow(Link property, List<Value> values) {}

    record IncomingLink(Link property, Link subject) {}
}

package org.w3id.iasante.linkeddata.page;

import java.util.List;
import org.w3id.iasante.linkeddata.Link;

/**
 * What the sources say about one resource, property by property: each value with the sources
 * stating it, and whether the sources differ on that property.
 *
 * @param about the resource
 * @param alignment null for the page's own resource; for a resource the curators align with it, why
 * @param properties every property with its values
 */
public record SideBySide(Link about, Alignment alignment, List<PropertyClaims> properties) {

    /** The curators' judgement that two resources name the same thing, and its reasoning. */
    public record Alignment(Link link, String reasoning) {}

    /** One property: its values side by side; {@code sourcesDiffer} when two sources give different ones. */
    public record PropertyClaims(Link property, List<ClaimedValue> values, boolean sourcesDiffer) {}

    /**
     * A value (a link, or a literal with its language or datatype) and every source that states it;
     * a date is shown in the reader's language, {@code date} keeping it as written.
     */
    public record ClaimedValue(
            Link link, String text, String language, String datatype, String date, List<SourceRef> sources) {}
}

package org.w3id.iasante.linkeddata.page;

import java.util.Comparator;
import java.util.List;
import org.w3id.iasante.linkeddata.Link;

/**
 * A source document as a claim cites it.
 *
 * @param iri the document (null when the graph describes no source document)
 * @param href its page on this site
 * @param title its title in the reader's language
 * @param kind its kind's notation: P, P-copy, S or C (null if unknown)
 * @param date its date in the reader's language (null when undated)
 * @param approximate whether that date is approximate (read from the page's content)
 * @param url the address of the document itself (null if none)
 * @param license the licence the document is under, as its graph states it (null if none is stated)
 */
public record SourceRef(
        String iri,
        String href,
        String title,
        String kind,
        String date,
        boolean approximate,
        String url,
        Link license) {

    private static final List<String> KIND_ORDER = List.of("P", "P-copy", "S", "C");

    /** Primary sources first, then copies, secondary sources, ours; then by title. */
    public static final Comparator<SourceRef> BY_KIND_THEN_TITLE =
            Comparator.comparingInt((SourceRef s) -> kindRank(s.kind())).thenComparing(SourceRef::title);

    public static int kindRank(String kind) {
        int rank = KIND_ORDER.indexOf(kind);
        return rank < 0 ? KIND_ORDER.size() : rank;
    }

    /** The CSS class of its kind badge ({@code kind-P}, {@code kind-P-copy}…). */
    public String kindClass() {
        return "kind kind-" + (kind == null ? "unknown" : kind);
    }
}

package org.w3id.iasante.linkeddata.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.query.Term;

/**
 * One page of a listing paged by keyset (select-resource-incoming, select-source-facts-of-type):
 * the queries order by IRI, start after the last IRI shown, and return one row more than a page,
 * which says that a next page exists. A page stays a bounded size however long the listing.
 */
final class KeysetPage {

    /** Resources listed per page: one less than the LIMIT of the paged queries. */
    static final int SIZE = 25;

    private KeysetPage() {}

    /**
     * @param column the rows' IRI column; its labels are {@code <column>Fr} and {@code <column>En}
     * @param next the address of the page after a given IRI
     */
    static ResourcePage.Listed of(
            Link heading,
            int count,
            List<Map<String, Term>> rows,
            String column,
            SiteIris iris,
            Language language,
            Function<String, String> next) {
        // A resource with two labels in one language comes twice: it is listed once.
        Map<String, Link> items = new LinkedHashMap<>();
        for (Map<String, Term> row : rows) {
            String iri = row.get(column).value();
            items.putIfAbsent(iri, iris.link(iri, ClaimsReader.pick(row, column + "Fr", column + "En", language)));
        }
        List<Link> page = items.values().stream().limit(SIZE).toList();
        boolean more = items.size() > SIZE;
        return new ResourcePage.Listed(
                heading,
                count,
                page,
                more ? Optional.of(next.apply(page.get(page.size() - 1).iri())) : Optional.empty());
    }
}

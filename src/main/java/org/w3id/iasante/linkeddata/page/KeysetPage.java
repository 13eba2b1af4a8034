package org.w3id.iasante.linkeddata.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.linkeddata.Link;
import org.w3id.iasante.linkeddata.SiteIris;
import org.w3id.iasante.query.Term;

/**
 * A listing on a resource's page, by heading (the properties linking to it, the types of what a
 * source states) and paged by keyset: a counts query gives each heading and how many resources it
 * holds; a page query, ordered by IRI, gives the resources after the last IRI shown, one row more
 * than a page, which says that a next page exists. A page stays a bounded size however long the
 * listing.
 *
 * @param counts the counts query, with the parameter {@code subject}
 * @param page the page query, with the parameters {@code subject}, {@code heading} and {@code after}
 * @param subject the parameter naming the resource whose page it is
 * @param heading the heading's column in the counts query (with {@code <heading>Fr}, {@code <heading>En}), and its parameter in the page query
 * @param count the column of the counts query holding how many resources a heading holds
 * @param item the page query's column of the resources listed (with {@code <item>Fr}, {@code <item>En})
 * @param next the address of a next page, with the variables {subject}, {heading} and {after}
 */
record KeysetPage(String counts, String page, String subject, String heading, String count, String item, String next) {

    /** Resources listed per page: one less than the LIMIT of the page queries. */
    static final int SIZE = 25;

    /** Its values are encoded strictly when expanded: an IRI's '&', '#' or '+' stay inside its parameter. */
    private static final DefaultUriBuilderFactory URIS = new DefaultUriBuilderFactory();

    /** Each heading of the listing of {@code iri}, with how many resources it holds, in the counts query's order. */
    Map<Link, Integer> headings(RoadmapGraph graph, SiteIris iris, String iri, Language language) {
        Map<Link, Integer> headings = new LinkedHashMap<>();
        for (Map<String, Term> row :
                graph.select(counts, Map.of(subject, Term.iri(iri))).rows()) {
            headings.put(
                    iris.link(
                            row.get(heading).value(), ClaimsReader.pick(row, heading + "Fr", heading + "En", language)),
                    row.get(count).asInt());
        }
        return headings;
    }

    /** The page after {@code after} ("" for the first) of the resources under one heading. */
    ResourcePage.Listed page(
            RoadmapGraph graph, SiteIris iris, String iri, Link under, int total, String after, Language language) {
        List<Map<String, Term>> rows = graph.select(
                        page,
                        Map.of(
                                subject,
                                Term.iri(iri),
                                heading,
                                Term.iri(under.iri()),
                                "after",
                                Term.literal(after, Term.XSD + "string")))
                .rows();
        // A resource with two labels in one language comes twice: it is listed once.
        Map<String, Link> items = new LinkedHashMap<>();
        for (Map<String, Term> row : rows) {
            String resource = row.get(item).value();
            items.putIfAbsent(
                    resource, iris.link(resource, ClaimsReader.pick(row, item + "Fr", item + "En", language)));
        }
        List<Link> shown = items.values().stream().limit(SIZE).toList();
        // The rows, not the resources, tell whether the query stopped at its LIMIT: a resource
        // listed twice (two labels) must not hide that more follow.
        Optional<String> nextPage = rows.size() > SIZE
                ? Optional.of(URIS.expand(
                                next,
                                iri,
                                under.iri(),
                                shown.get(shown.size() - 1).iri())
                        .toString())
                : Optional.empty();
        return new ResourcePage.Listed(under, total, shown, nextPage);
    }

    /** The page after {@code after} under the heading {@code headingIri}; empty when the listing has no such heading. */
    Optional<ResourcePage.Listed> page(
            RoadmapGraph graph, SiteIris iris, String iri, String headingIri, String after, Language language) {
        return headings(graph, iris, iri, language).entrySet().stream()
                .filter(counted -> counted.getKey().iri().equals(headingIri))
                .findFirst()
                .map(counted -> page(graph, iris, iri, counted.getKey(), counted.getValue(), after, language));
    }
}

package org.w3id.iasante.linkeddata.page;

import java.util.HashMap;
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
 * than a page, which says that a next page exists; a labels query gives the labels of the page's
 * resources only (looked up in the page query, they were looked up for every resource after the
 * last one shown, 4 815 for the SNDS columns, before all but 26 were dropped). A page stays a
 * bounded size however long the listing.
 *
 * @param counts the counts query, with the parameter {@code subject}
 * @param page the page query, with the parameters {@code subject}, {@code heading} and {@code after}
 * @param labels the labels query, with the page query's parameters and {@code last}, the last IRI of the page
 * @param subject the parameter naming the resource whose page it is
 * @param heading the heading's column in the counts query (with {@code <heading>Fr}, {@code <heading>En}), and its parameter in the page query
 * @param count the column of the counts query holding how many resources a heading holds
 * @param item the page query's column of the resources listed (the labels query's, with {@code <item>Fr}, {@code <item>En})
 * @param next the address of a next page, with the variables {subject}, {heading} and {after}
 */
record KeysetPage(
        String counts,
        String page,
        String labels,
        String subject,
        String heading,
        String count,
        String item,
        String next) {

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
        Map<String, Term> parameters = Map.of(
                subject,
                Term.iri(iri),
                heading,
                Term.iri(under.iri()),
                "after",
                Term.literal(after, Term.XSD + "string"));
        List<String> resources = graph.select(page, parameters).rows().stream()
                .map(row -> row.get(item).value())
                .toList();
        List<String> onThePage = resources.subList(0, Math.min(SIZE, resources.size()));
        // A resource with two labels in one language comes twice: the first is shown.
        Map<String, Link> labelled = new HashMap<>();
        if (!onThePage.isEmpty()) {
            Map<String, Term> range = new HashMap<>(parameters);
            range.put("last", Term.literal(onThePage.get(onThePage.size() - 1), Term.XSD + "string"));
            for (Map<String, Term> row : graph.select(labels, range).rows()) {
                String resource = row.get(item).value();
                labelled.putIfAbsent(
                        resource, iris.link(resource, ClaimsReader.pick(row, item + "Fr", item + "En", language)));
            }
        }
        List<Link> shown = onThePage.stream()
                .map(resource -> labelled.getOrDefault(resource, iris.link(resource, null)))
                .toList();
        Optional<String> nextPage = resources.size() > SIZE
                ? Optional.of(URIS.expand(next, iri, under.iri(), onThePage.get(onThePage.size() - 1))
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

package org.w3id.iasante.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.iasante.knowledge.KnowledgeLocation;

/**
 * The researchers' questions ({@code queries/*.rq}), by name, and beside them the site's own
 * queries ({@code queries/site/*.rq}): those answer by name like any question but are never listed,
 * since they are building blocks of pages rather than questions a researcher asks.
 */
public final class QueryCatalogue {

    /** Folder of the queries the site runs for its pages, relative to the knowledge location. */
    public static final String SITE_FOLDER = "queries/site";

    private final List<CatalogueQuery> queries;
    private final List<CatalogueQuery> site;

    private QueryCatalogue(List<CatalogueQuery> queries, List<CatalogueQuery> site) {
        this.queries = List.copyOf(queries);
        this.site = List.copyOf(site);
        List<String> clashes = site.stream()
                .map(CatalogueQuery::name)
                .filter(name -> queries.stream().anyMatch(q -> q.name().equals(name)))
                .toList();
        if (!clashes.isEmpty()) {
            throw new IllegalArgumentException(
                    SITE_FOLDER + " has queries named as researchers' questions in queries/: " + clashes
                            + "; the site looks queries up by name, so a name must tell one query (or a build's"
                            + " classes/ia-sante/queries/ still holds copies of queries since moved: build from clean)");
        }
    }

    public static QueryCatalogue load(KnowledgeLocation location) {
        return new QueryCatalogue(parse(location.queryFiles(), false), parse(location.queryFiles(SITE_FOLDER), true));
    }

    /** The application's own queries ({@code queries/system/}), kept out of the researchers' catalogue. */
    public static QueryCatalogue loadSystem(KnowledgeLocation location) {
        return new QueryCatalogue(parse(location.queryFiles("queries/system"), true), List.of());
    }

    /** The application's own queries have the topic {@code site}, the researchers' never. */
    private static List<CatalogueQuery> parse(List<KnowledgeLocation.NamedText> files, boolean own) {
        return files.stream()
                .map(f -> {
                    CatalogueQuery query = QueryHeader.parse(f.name(), f.text());
                    if ((query.topic() == QueryTopic.SITE) != own) {
                        throw new IllegalArgumentException(
                                f.name()
                                        + (own
                                                ? ": a query of the site or the application has '# topic: site'"
                                                : ": '# topic: site' is for queries/site/ and queries/system/, not a researcher's question"));
                    }
                    return query;
                })
                .toList();
    }

    /** The researchers' catalogue: every question and check, never a site query. */
    public List<CatalogueQuery> all() {
        return queries;
    }

    /** The questions researchers ask (every query of the catalogue but the violation checks). */
    public List<CatalogueQuery> questions() {
        return queries.stream().filter(q -> q.role() != QueryRole.VIOLATION).toList();
    }

    /** The checks that must return no row. */
    public List<CatalogueQuery> violationChecks() {
        return queries.stream().filter(q -> q.role() == QueryRole.VIOLATION).toList();
    }

    /** The queries the site runs for its pages (labels for search, a resource's page, a graph's dump). */
    public List<CatalogueQuery> siteQueries() {
        return site;
    }

    /** A researcher's question or a site query, by name. */
    public Optional<CatalogueQuery> find(String name) {
        return Stream.concat(queries.stream(), site.stream())
                .filter(q -> q.name().equals(name))
                .findFirst();
    }

    /** The query of that name, or an {@link UnknownQueryException} listing the names there are. */
    public CatalogueQuery get(String name) {
        return find(name)
                .orElseThrow(() -> new UnknownQueryException(
                        name,
                        Stream.concat(queries.stream(), site.stream())
                                .map(CatalogueQuery::name)
                                .toList()));
    }
}

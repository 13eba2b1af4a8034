package org.w3id.iasante.query;

import java.util.List;
import java.util.Optional;
import org.w3id.iasante.knowledge.KnowledgeLocation;

/** The researchers' questions: every {@code queries/*.rq} file, by name. */
public final class QueryCatalogue {

    private final List<CatalogueQuery> queries;

    private QueryCatalogue(List<CatalogueQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    public static QueryCatalogue load(KnowledgeLocation location) {
        return of(location.queryFiles());
    }

    /** The application's own queries ({@code queries/system/}), kept out of the researchers' catalogue. */
    public static QueryCatalogue loadSystem(KnowledgeLocation location) {
        return of(location.queryFiles("queries/system"));
    }

    private static QueryCatalogue of(List<KnowledgeLocation.NamedText> files) {
        return new QueryCatalogue(
                files.stream().map(f -> QueryHeader.parse(f.name(), f.text())).toList());
    }

    public List<CatalogueQuery> all() {
        return queries;
    }

    /** The questions researchers ask (every query but the violation checks). */
    public List<CatalogueQuery> questions() {
        return queries.stream().filter(q -> q.role() != QueryRole.VIOLATION).toList();
    }

    /** The checks that must return no row. */
    public List<CatalogueQuery> violationChecks() {
        return queries.stream().filter(q -> q.role() == QueryRole.VIOLATION).toList();
    }

    public Optional<CatalogueQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The query of that name, or an {@link UnknownQueryException} listing the names there are. */
    public CatalogueQuery get(String name) {
        return find(name)
                .orElseThrow(() -> new UnknownQueryException(
                        name, queries.stream().map(CatalogueQuery::name).toList()));
    }
}

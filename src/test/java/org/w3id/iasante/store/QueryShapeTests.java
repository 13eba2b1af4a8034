package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.support.RepositoryKnowledge;

/** The shape read from a query's text before parsing: what counts as nesting, and what does not. */
class QueryShapeTests {

    /** The researchers' questions and the site's own queries: the endpoint answers both. */
    static Stream<CatalogueQuery> questions() {
        var catalogue = RepositoryKnowledge.catalogue();
        return Stream.concat(catalogue.questions().stream(), catalogue.siteQueries().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyCatalogueQuestionIsFarWithinTheDefaultLimits(CatalogueQuery question) {
        QueryShape shape = QueryShape.of(question.text());

        int defaultNesting = EndpointProperties.of(Map.of()).maxNesting();
        assertThat(shape.depth()).isLessThan(defaultNesting / 5);
        assertThat(shape.longestList()).isLessThan(BoundedQuery.MAX_LIST_TERMS / 10);
        assertThat(shape.existsDepth()).isLessThanOrEqualTo(BoundedQuery.MAX_EXISTS_NESTING / 2);
    }

    @Test
    void bracketsAndChainedOperatorsAddUp() {
        assertThat(QueryShape.of("ASK { FILTER((1 + 2) * 3 > 0 || false) }").depth())
                .isEqualTo(4);
        assertThat(QueryShape.of("SELECT ?s { {?s ?p 1} UNION {?s ?p 2} UNION {?s ?p 3} }")
                        .depth())
                .isEqualTo(4);
        assertThat(QueryShape.of("SELECT ?s { ?s <urn:a>/<urn:b>/<urn:c> ?o }").depth())
                .isEqualTo(3);
    }

    @Test
    void literalsIrisCommentsAndNamesDoNotCount() {
        String query = """
                PREFIX ex: <http://example.org/a/b/c/d#>
                # ((((( || && + - * / ))))) in a comment
                SELECT ?long-name { ?s ex:a-b-c "((((( || && + / )))))", '''{{{{ ''' , 1e-10 }""";

        QueryShape shape = QueryShape.of(query);

        assertThat(shape.depth()).isEqualTo(1);
        assertThat(shape.longestList()).isEqualTo(3);
    }

    @Test
    void aLessThanIsNotAnIri() {
        assertThat(QueryShape.of("ASK { FILTER(1 < 2 && 3 > (2)) }").depth()).isEqualTo(4);
    }

    @Test
    void termsAreCountedPerBracket() {
        assertThat(QueryShape.of("ASK { FILTER(?x IN (1, 2, 3, 4) && CONCAT(\"a\", \"b\") = \"ab\") }")
                        .longestList())
                .isEqualTo(4);
    }

    @Test
    void existsAreCountedInsideOneAnother() {
        assertThat(QueryShape.of("ASK { FILTER EXISTS { FILTER NOT EXISTS { ?s ?p ?o } } FILTER EXISTS { } }")
                        .existsDepth())
                .isEqualTo(2);
    }
}

package org.w3id.iasante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.support.RepositoryKnowledge;

class ShapesTests {

    @Test
    void theCurrencyCodesTheShapesAcceptAreIso4217CodesKnownToTheJdk() {
        Graph shapes = RepositoryKnowledge.knowledge().shapes();
        Node currency = NodeFactory.createURI("https://schema.org/currency");
        Set<String> accepted = new HashSet<>();
        shapes.find(Node.ANY, SHACLM.path.asNode(), currency)
                .forEach(t -> shapes.find(t.getSubject(), SHACLM.in.asNode(), Node.ANY)
                        .forEach(in -> GraphList.members(new GNode(shapes, in.getObject()))
                                .forEach(code -> accepted.add(code.getLiteralLexicalForm()))));
        Set<String> iso4217 = Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .collect(Collectors.toSet());

        assertThat(accepted).hasSizeGreaterThan(140).contains("EUR", "USD", "CHF");
        assertThat(iso4217).containsAll(accepted);
    }
}

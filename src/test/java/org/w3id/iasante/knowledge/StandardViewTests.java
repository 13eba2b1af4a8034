package org.w3id.iasante.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The contract of the standard view: a user who knows SKOS, W3C ORG, schema.org, OWL-Time, ELI
 * and DCMI Terms, and none of our terms, finds every fact. These tests use those terms only. They
 * read the summary's graph (with the curated readings of its vague dates) where they count what
 * the summary states, and the union of all graphs where they check labels and sources.
 */
class StandardViewTests {

    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final Property hasBeginning = ResourceFactory.createProperty(TIME, "hasBeginning");
    private static final Property hasEnd = ResourceFactory.createProperty(TIME, "hasEnd");
    private static final Property inXSDDate = ResourceFactory.createProperty(TIME, "inXSDDate");
    private static final Resource Interval = ResourceFactory.createResource(TIME + "Interval");
    private static final String ID = "https://w3id.org/ia-sante/id/";

    private static final Set<String> SUMMARY_AND_CURATED = Set.of(
            "https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07",
            "https://w3id.org/ia-sante/graph/curated-alignments");

    private static Model data;
    private static Model summary;

    @BeforeAll
    static void unionOfTheDataGraphs() {
        data = ModelFactory.createDefaultModel();
        summary = ModelFactory.createDefaultModel();
        RepositoryKnowledge.knowledge().data().forEach(s -> {
            s.graph().find().forEach(data.getGraph()::add);
            if (SUMMARY_AND_CURATED.contains(s.graphName())) s.graph().find().forEach(summary.getGraph()::add);
        });
    }

    @Test
    void thePrioritiesAreSkosConceptsOfTheirOwnSchemeRankedOneToFourInTheSourceOrder() {
        List<Resource> priorities = data.listSubjectsWithProperty(
                        SKOS.inScheme, data.getResource(ID + "scheme/priorites"))
                .toList();
        assertThat(priorities)
                .allSatisfy(
                        p -> assertThat(p.hasProperty(RDF.type, SKOS.Concept)).isTrue());
        assertThat(data.getResource(ID + "scheme/priorites").hasProperty(RDF.type, SKOS.ConceptScheme))
                .isTrue();
        List<String> inOrder = priorities.stream()
                .sorted(Comparator.comparing(p -> p.getProperty(SKOS.notation).getString()))
                .map(p -> p.getProperty(SKOS.notation).getString() + " " + label(p, "fr"))
                .toList();
        assertThat(inOrder).containsExactly("1 Régulation", "2 Évaluation", "3 Accompagnement", "4 Cadre économique");
    }

    @Test
    void theFiveObjectivesAreSkosConceptsOfAnotherScheme() {
        List<Resource> objectives = data.listSubjectsWithProperty(
                        SKOS.inScheme, data.getResource(ID + "scheme/objectifs"))
                .toList();
        assertThat(objectives)
                .hasSize(5)
                .allSatisfy(
                        o -> assertThat(o.hasProperty(RDF.type, SKOS.Concept)).isTrue());
        assertThat(objectives)
                .extracting(o -> label(o, "fr"))
                .contains("Valoriser les données de santé dans le respect du RGPD");
    }

    @Test
    void theSummarysFiveGovernanceBodiesAreOrgOrganizationsWhoseRoleIsReachableFromThem() {
        Map<String, String> roleByBody = new TreeMap<>();
        summary.listSubjectsWithProperty(RDF.type, ORG.Organization).forEach(body -> {
            body.listProperties(ORG.hasMembership).forEach(m -> {
                Resource membership = m.getResource();
                roleByBody.put(label(body, "fr"), label(membership.getPropertyResourceValue(ORG.role), "fr"));
            });
        });
        assertThat(roleByBody)
                .containsExactly(
                        Map.entry("ANS", "Sécurité et interopérabilité"),
                        Map.entry("Agences régionales de santé", "Déploiement territorial"),
                        Map.entry("Comité éthique du numérique en santé", "Avis sur les usages IA"),
                        Map.entry("Délégation au numérique en santé", "Pilotage stratégique"),
                        Map.entry("Health Data Hub", "Valorisation des données"));
        Set<String> acronyms = summary.listObjectsOfProperty(SKOS.altLabel).toList().stream()
                .map(RDFNode::asLiteral)
                .map(Literal::getString)
                .collect(Collectors.toSet());
        assertThat(acronyms).contains("DNS", "ARS");
    }

    @Test
    void theSummarysProgrammesAreMonetaryGrantsWithExactDecimalAmountsInEuros() {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        summary.listSubjectsWithProperty(RDF.type, SchemaDO.MonetaryGrant).forEach(grant -> {
            Resource amount = grant.getPropertyResourceValue(SchemaDO.amount);
            assertThat(amount.hasProperty(RDF.type, SchemaDO.MonetaryAmount)).isTrue();
            Literal value = amount.getProperty(SchemaDO.value).getLiteral();
            assertThat(value.getDatatypeURI()).isEqualTo(XSDDatatype.XSDdecimal.getURI());
            assertThat(amount.getProperty(SchemaDO.currency).getString()).isEqualTo("EUR");
            amounts.put(label(grant, "fr"), new BigDecimal(value.getLexicalForm()));
        });
        assertThat(amounts).containsOnlyKeys("France 2030", "Health Data Hub", "ESMS numérique");
        assertThat(amounts.get("France 2030")).isEqualByComparingTo("1500000000");
        assertThat(amounts.get("Health Data Hub")).isEqualByComparingTo("80000000");
        assertThat(amounts.get("ESMS numérique")).isEqualByComparingTo("600000000");
    }

    @Test
    void theSummarysPhasesAreOwlTimeIntervalsBetweenInstantsWithDates() {
        Map<String, String> bounds = new TreeMap<>();
        summary.listSubjectsWithProperty(RDF.type, Interval)
                .forEach(phase -> bounds.put(
                        label(phase, "fr"),
                        date(phase.getPropertyResourceValue(hasBeginning)) + ".."
                                + date(phase.getPropertyResourceValue(hasEnd))));
        assertThat(bounds)
                .containsExactly(
                        Map.entry("2024", "2024-01-01..2024-12-31"),
                        Map.entry("2025", "2025-01-01..2025-12-31"),
                        Map.entry("2026-2030", "2026-01-01..2030-12-31"));
    }

    @Test
    void theActsTheSummaryNamesAreDescribedUnderTheirEliIris() {
        for (String eli :
                List.of("http://data.europa.eu/eli/reg/2024/1689/oj", "http://data.europa.eu/eli/reg/2016/679/oj")) {
            Resource act = data.getResource(eli);
            assertThat(act.hasProperty(DCTerms.title))
                    .as("official title of %s", eli)
                    .isTrue();
            assertThat(label(act, "fr")).as("label of %s", eli).isNotBlank();
        }
    }

    @Test
    void theRoadmapWasPublishedByTheDnsInJuly2025() {
        Resource roadmap = summary.getResource(ID + "roadmap/feuille-de-route-ia-sante-2025");
        assertThat(roadmap.getPropertyResourceValue(DCTerms.publisher).getURI()).isEqualTo(ID + "organization/dns");
        Literal issued = roadmap.getProperty(DCTerms.issued).getLiteral();
        assertThat(issued.getLexicalForm()).isEqualTo("2025-07");
        assertThat(issued.getDatatypeURI()).isEqualTo(XSDDatatype.XSDgYearMonth.getURI());
    }

    @Test
    void everyDescribedResourceIsLabelledInFrenchAndEnglishAndSourced() {
        List<Resource> described = data.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .filter(r -> r.getURI().startsWith(ID) || r.getURI().startsWith("http://data.europa.eu/eli/reg/"))
                .toList();
        assertThat(described).hasSizeGreaterThan(50);
        for (Resource resource : described) {
            assertThat(label(resource, "fr")).as("French label of %s", resource).isNotBlank();
            assertThat(label(resource, "en"))
                    .as("English label of %s", resource)
                    .isNotBlank();
            boolean isSource = resource.getURI().startsWith(ID + "source/");
            assertThat(isSource || resource.hasProperty(DCTerms.source))
                    .as("source of %s", resource)
                    .isTrue();
        }
    }

    private static String label(Resource resource, String language) {
        return resource.listProperties(SKOS.prefLabel).toList().stream()
                .map(s -> s.getLiteral())
                .filter(l -> l.getLanguage().equals(language))
                .map(Literal::getString)
                .findFirst()
                .orElse("");
    }

    private static String date(Resource instant) {
        return instant.getProperty(inXSDDate).getLiteral().getLexicalForm();
    }
}

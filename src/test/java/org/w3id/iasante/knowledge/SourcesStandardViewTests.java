package org.w3id.iasante.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.support.RepositoryKnowledge;

/**
 * The contract of the sources, in standard terms only (DCMI, schema.org, SKOS, PROV, OWL-Time,
 * ELI): who says what, of which kind, when; the strategy as a work with its chapters, editions,
 * lists and events. A user who knows none of our terms finds all of it.
 */
class SourcesStandardViewTests {

    private static final String ID = "https://w3id.org/ia-sante/id/";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final Property wasRevisionOf = ResourceFactory.createProperty(PROV, "wasRevisionOf");
    private static final Property hasBeginning = ResourceFactory.createProperty(TIME, "hasBeginning");
    private static final Property hasEnd = ResourceFactory.createProperty(TIME, "hasEnd");
    private static final Property inXSDDate = ResourceFactory.createProperty(TIME, "inXSDDate");
    private static final Property firstDateEntryInForce =
            ResourceFactory.createProperty(ELI, "first_date_entry_in_force");

    private static Model data;

    @BeforeAll
    static void unionOfTheDataGraphs() {
        data = ModelFactory.createDefaultModel();
        RepositoryKnowledge.knowledge().data().forEach(s -> s.graph().find().forEach(data.getGraph()::add));
    }

    @Test
    void everySourceDocumentHasItsPageTitlePublisherLanguageAndKind() {
        List<Resource> documents = data.listSubjectsWithProperty(SchemaDO.url).toList().stream()
                .filter(d -> d.hasProperty(DCTerms.type))
                .toList();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(60);
        Set<String> kinds = new TreeSet<>();
        for (Resource document : documents) {
            assertThat(document.getPropertyResourceValue(SchemaDO.url).isURIResource())
                    .as("page of %s", document)
                    .isTrue();
            assertThat(document.hasProperty(DCTerms.title))
                    .as("title of %s", document)
                    .isTrue();
            assertThat(document.hasProperty(DCTerms.language))
                    .as("language of %s", document)
                    .isTrue();
            Resource publisher = document.getPropertyResourceValue(DCTerms.publisher);
            assertThat(publisher).as("publisher of %s", document).isNotNull();
            assertThat(label(publisher, "fr"))
                    .as("label of the publisher of %s", document)
                    .isNotBlank();
            Resource kind = document.getPropertyResourceValue(DCTerms.type);
            assertThat(kind.hasProperty(RDF.type, SKOS.Concept)).isTrue();
            kinds.add(kind.getProperty(SKOS.notation).getString());
        }
        assertThat(kinds).containsExactly("C", "P", "P-copy", "S");
    }

    @Test
    void theSummaryIsASecondarySourceFromAConsultancysPage() {
        Resource summary = data.getResource(ID + "source/resume-feuille-de-route-dns-2025-07");
        assertThat(summary.getPropertyResourceValue(SchemaDO.url).getURI())
                .isEqualTo("https://inteligia.fr/ressources/medico-social/ia/strategie-nationale-ia-sante");
        assertThat(summary.getPropertyResourceValue(DCTerms.type)
                        .getProperty(SKOS.notation)
                        .getString())
                .isEqualTo("S");
        assertThat(label(summary.getPropertyResourceValue(DCTerms.publisher), "fr"))
                .isEqualTo("inteligia.fr");
        assertThat(label(summary, "en")).doesNotContain("third-party");
    }

    @Test
    void theStrategyIsAWorkWithTwoChaptersAndThePeriod2025To2028() {
        Resource strategy = data.getResource(ID + "strategy/ia-donnees-sante");
        assertThat(strategy.hasProperty(RDF.type, SchemaDO.CreativeWork)).isTrue();
        assertThat(label(strategy, "fr")).isEqualTo("Intelligence artificielle et données de santé");
        assertThat(strategy.listProperties(DCTerms.hasPart).toList()).hasSize(2);
        Resource period = strategy.getPropertyResourceValue(DCTerms.temporal);
        assertThat(date(period.getPropertyResourceValue(hasBeginning))).isEqualTo("2025-01-01");
        assertThat(date(period.getPropertyResourceValue(hasEnd))).isEqualTo("2028-12-31");
    }

    @Test
    void theAiChaptersNovemberFinalRevisesItsJulyDraft() {
        Resource july = data.getResource(ID + "edition/ia-2025-07");
        Resource november = data.getResource(ID + "edition/ia-2025-11");
        assertThat(issued(july)).isEqualTo("2025-07-01");
        assertThat(issued(november)).isEqualTo("2025-11-12");
        assertThat(november.hasProperty(wasRevisionOf, july)).isTrue();
        Resource chapter = july.getPropertyResourceValue(SchemaDO.exampleOfWork);
        assertThat(chapter.hasProperty(SchemaDO.workExample, november)).isTrue();
    }

    @Test
    void theJulyDraftHasFourRankedPrioritiesAndTheFinalThreeObjectivesAndFiveAxes() {
        assertThat(listSizes(data.getResource(ID + "edition/ia-2025-07"))).contains(4);
        assertThat(listSizes(data.getResource(ID + "edition/ia-2025-11"))).contains(3, 5);
        List<String> ranks = concepts(data.getResource(ID + "scheme/ia-2025-07-priorites")).stream()
                .map(p -> p.getProperty(SKOS.notation).getString())
                .sorted()
                .toList();
        assertThat(ranks).containsExactly("1", "2", "3", "4");
    }

    @Test
    void theStrategysEventsAreDatedSchemaEvents() {
        Resource meeting = data.getResource(ID + "event/2025-07-01-comite-strategique");
        assertThat(meeting.hasProperty(RDF.type, SchemaDO.Event)).isTrue();
        assertThat(meeting.getProperty(SchemaDO.startDate).getLiteral().getDatatypeURI())
                .isEqualTo(XSDDatatype.XSDdate.getURI());
        assertThat(meeting.getProperty(SchemaDO.startDate).getString()).isEqualTo("2025-07-01");
        Resource consultation = data.getResource(ID + "event/consultation-ia-2025");
        assertThat(consultation.getProperty(SchemaDO.endDate).getString()).isEqualTo("2025-09-22");
        Resource day = data.getResource(ID + "event/2025-11-12-jnisn");
        assertThat(day.getProperty(SchemaDO.startDate).getString()).isEqualTo("2025-11-12");
        assertThat(label(day.getPropertyResourceValue(SchemaDO.location), "fr")).isNotBlank();
    }

    @Test
    void theEhdsIsItsEliWithTheDatesItsSourcesGive() {
        Resource ehds = data.getResource("http://data.europa.eu/eli/reg/2025/327/oj");
        Set<String> inForce = new TreeSet<>();
        ehds.listProperties(firstDateEntryInForce).forEach(s -> inForce.add(s.getString()));
        assertThat(inForce).contains("2025-03-25");
    }

    @Test
    void theCuratedGraphIsASourceOfKindC() {
        Resource curated = data.getResource(ID + "source/curated-alignments");
        assertThat(curated.getPropertyResourceValue(DCTerms.type)
                        .getProperty(SKOS.notation)
                        .getString())
                .isEqualTo("C");
    }

    private static List<Integer> listSizes(Resource edition) {
        return data.listSubjectsWithProperty(DCTerms.isPartOf, edition).toList().stream()
                .filter(s -> s.hasProperty(RDF.type, SKOS.ConceptScheme))
                .map(s -> concepts(s).size())
                .toList();
    }

    private static List<Resource> concepts(Resource scheme) {
        return data.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
    }

    private static String issued(Resource edition) {
        return edition.listProperties(DCTerms.issued).toList().stream()
                .map(Statement::getLiteral)
                .map(Literal::getLexicalForm)
                .findFirst()
                .orElse("");
    }

    private static String date(Resource instant) {
        return instant.listProperties(inXSDDate).toList().stream()
                .map(Statement::getObject)
                .map(RDFNode::asLiteral)
                .map(Literal::getLexicalForm)
                .findFirst()
                .orElse("");
    }

    private static String label(Resource resource, String language) {
        return resource.listProperties(SKOS.prefLabel).toList().stream()
                .map(Statement::getLiteral)
                .filter(l -> l.getLanguage().equals(language))
                .map(Literal::getString)
                .findFirst()
                .orElse("");
    }
}

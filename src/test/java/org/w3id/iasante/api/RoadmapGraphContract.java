package org.w3id.iasante.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.UnknownQueryException;

/** What the Java API answers, written once and run against every way of opening the graph. */
abstract class RoadmapGraphContract {

    static final String ID = "https://w3id.org/ia-sante/id/";
    static final String AI_ACT = "http://data.europa.eu/eli/reg/2024/1689/oj";
    static final String GDPR = "http://data.europa.eu/eli/reg/2016/679/oj";

    abstract RoadmapGraph graph();

    @Test
    void thePrioritiesComeInTheSourcesOrderInTheLanguageAskedFor() {
        assertThat(graph().priorities(Language.EN))
                .extracting(Priority::rank, Priority::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Regulation"),
                        org.assertj.core.groups.Tuple.tuple(2, "Evaluation"),
                        org.assertj.core.groups.Tuple.tuple(3, "Support"),
                        org.assertj.core.groups.Tuple.tuple(4, "Economic framework"));
        assertThat(graph().priorities(Language.FR).get(0))
                .isEqualTo(new Priority(
                        ID + "priority/regulation",
                        1,
                        "Régulation",
                        "Assurer un cadre réglementaire adapté et conforme au Règlement européen sur l'IA (AI Act)."));
    }

    @Test
    void theObjectivesSayWhichLegalActTheyMustRespect() {
        List<Objective> objectives = graph().objectives(Language.FR);
        assertThat(objectives).hasSize(5);
        assertThat(objectives)
                .filteredOn(o -> !o.legalActs().isEmpty())
                .singleElement()
                .isEqualTo(new Objective(
                        ID + "objective/valoriser-donnees-sante",
                        "Valoriser les données de santé dans le respect du RGPD",
                        List.of(GDPR)));
    }

    @Test
    void theProgrammesCarryExactAmountsLargestFirst() {
        List<Programme> programmes = graph().programmes(Language.EN);
        assertThat(programmes)
                .extracting(Programme::label)
                .containsExactly("France 2030", "ESMS numérique", "Health Data Hub");
        assertThat(programmes.get(0).amount().value()).isEqualTo(new java.math.BigDecimal("1500000000"));
        assertThat(programmes.get(0).amount().currency()).isEqualTo("EUR");
        assertThat(programmes.get(0).amountAsStated()).isEqualTo("1,5 Md EUR");
        assertThat(programmes.get(0).purpose()).isEqualTo("AI-in-health research and innovation");
        assertThat(graph().totalFunding()).singleElement().satisfies(total -> {
            assertThat(total.value()).isEqualByComparingTo("2180000000");
            assertThat(total.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void theActorsCarryTheirAcronymsAndRoles() {
        List<Actor> actors = graph().actors(Language.EN);
        assertThat(actors).hasSize(5);
        assertThat(actors)
                .filteredOn(a -> a.iri().equals(ID + "organization/dns"))
                .singleElement()
                .isEqualTo(new Actor(
                        ID + "organization/dns",
                        "Digital Health Delegation",
                        List.of("DNS"),
                        List.of(new Role(ID + "role/pilotage-strategique", "Strategic steering"))));
        assertThat(actors)
                .filteredOn(a -> a.iri().equals(ID + "organization/ans"))
                .singleElement()
                .satisfies(ans -> assertThat(ans.acronyms()).isEmpty());
    }

    @Test
    void thePhasesCarryTheirDatesAndActions() {
        List<Phase> phases = graph().phases(Language.FR);
        assertThat(phases).extracting(Phase::label).containsExactly("2024", "2025", "2026-2030");
        Phase last = phases.get(2);
        assertThat(last.begin()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(last.end()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(last.actions())
                .extracting(PlannedAction::label)
                .containsExactly("Déploiement à grande échelle", "Évaluation d'impact");
        assertThat(phases).filteredOn(p -> p.covers(2027)).containsExactly(last);
    }

    @Test
    void theLegalActsCarryTheirOfficialMetadataAndWhatRefersToThem() {
        List<LegalAct> acts = graph().legalActs(Language.EN);
        assertThat(acts).extracting(LegalAct::iri).containsExactly(GDPR, AI_ACT);
        LegalAct aiAct = acts.get(1);
        assertThat(aiAct.celex()).contains("32024R1689");
        assertThat(aiAct.date()).contains(LocalDate.of(2024, 6, 13));
        assertThat(aiAct.officialTitle())
                .hasValueSatisfying(t -> assertThat(t).startsWith("Regulation (EU) 2024/1689"));
        assertThat(aiAct.references())
                .extracting(LegalAct.Reference::iri)
                .containsExactlyInAnyOrder(ID + "roadmap/feuille-de-route-ia-sante-2025", ID + "priority/regulation");
    }

    @Test
    void theSourcesOfAResourceNameTheDocumentSectionAndGraph() {
        // The summary names « Règlement européen sur l'IA » without an ELI: the ELI's sources are others.
        assertThat(graph().sourcesOf(AI_ACT, Language.FR))
                .extracting(SourceStatement::graph, s -> s.section().isPresent())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("https://w3id.org/ia-sante/graph/eur-lex-eli", false),
                        org.assertj.core.groups.Tuple.tuple("https://w3id.org/ia-sante/graph/gfmd-aiact", false))
                .extracting(t -> t.toList().get(0))
                .doesNotContain("https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07");
        assertThat(graph().sourcesOf(ID + "programme/france-2030", Language.EN))
                .hasSizeGreaterThan(1)
                .filteredOn(
                        s -> s.graph().equals("https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.documentTitle()).isEqualTo("Feuille de route DNS Juillet 2025");
                    assertThat(s.sectionLabel()).contains("3. Funding mobilised");
                });
    }

    @Test
    void anUnknownResourceRaisesUnknownResourceException() {
        assertThatThrownBy(() -> graph().sourcesOf(ID + "programme/nothing", Language.EN))
                .isInstanceOf(UnknownResourceException.class)
                .hasMessageContaining("programme/nothing");
    }

    @Test
    void aCatalogueQueryRunsByNameWithItsParametersBound() {
        ResultRows rows =
                graph().select("select-actions-in-year", Map.of("year", Term.literal("2025", Term.XSD + "integer")));
        assertThat(rows.rows())
                .extracting(r -> r.get("actionFr").value())
                .containsExactly("Extension des expérimentations", "Généralisation des formations");
        assertThat(graph().ask("ask-programme-linked-to-priority", Map.of())).isFalse();
        assertThat(graph().construct("construct-governance-org", Map.of())).isNotEmpty();
    }

    @Test
    void aValueWithQuotesAndBracesStaysAValue() {
        ResultRows rows = graph().select(
                        "select-actor-by-name",
                        Map.of("name", Term.literal("\") } UNION { ?actor ?p ?actorFr } #", Term.XSD + "string")));
        assertThat(rows.rows()).isEmpty();
        assertThat(graph().select("select-actor-by-name", Map.of("name", Term.literal("dns", Term.XSD + "string")))
                        .rows())
                .extracting(r -> r.get("actor").value())
                .contains(ID + "organization/dns");
    }

    @Test
    void anUnknownQueryOrParameterIsRefusedClearly() {
        assertThatThrownBy(() -> graph().select("select-nothing", Map.of())).isInstanceOf(UnknownQueryException.class);
        assertThatThrownBy(() -> graph().select("select-priorities", Map.of("year", Term.iri("http://example.org/"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no parameter ?year");
        assertThatThrownBy(() -> graph().select("ask-programme-linked-to-priority", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a ASK query");
    }

    @Test
    void theDataVersionStaysTheSameWhileTheDataDoes() {
        var first = graph().dataVersion();
        graph().priorities(Language.FR);

        assertThat(first.tag()).isNotBlank();
        assertThat(graph().dataVersion()).isEqualTo(first);
    }
}

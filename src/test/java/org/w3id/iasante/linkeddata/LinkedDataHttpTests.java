package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.RunningApplication;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/** The linked-data site over HTTP, representation by representation and status by status. */
@TemporaryStoreApplicationTest
class LinkedDataHttpTests {

    private static final String REGULATION = "https://w3id.org/ia-sante/id/priority/regulation";
    private static final String AI_ACT = "http://data.europa.eu/eli/reg/2024/1689/oj";
    private static final String EHDS = "http://data.europa.eu/eli/reg/2025/327/oj";
    private static final String GDPR = "http://data.europa.eu/eli/reg/2016/679/oj";
    private static final String ELI = "http://data.europa.eu/eli/ontology#";

    @LocalServerPort
    int port;

    @Autowired
    SparqlEndpoint endpoint;

    RunningApplication site;

    @BeforeEach
    void connect() {
        site = new RunningApplication(port);
    }

    @ParameterizedTest(name = "Accept {0} -> {1}")
    @CsvSource({
        "text/html, /doc/priority/regulation",
        "text/turtle, /doc/priority/regulation.ttl",
        "application/ld+json, /doc/priority/regulation.jsonld",
        "application/rdf+xml, /doc/priority/regulation.rdf",
        "application/n-triples, /doc/priority/regulation.nt",
        "'text/turtle;q=0.5, application/ld+json', /doc/priority/regulation.jsonld",
        "*/*, /doc/priority/regulation"
    })
    void anIdentifierAnswers303SeeOtherToTheDescriptionInTheFormatAskedFor(String accept, String location) {
        HttpResponse<String> response = site.get("/id/priority/regulation", Map.of("Accept", accept));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(location));
        assertThat(response.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).contains("Accept"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "text/turtle, TURTLE",
        "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML",
        "application/n-triples, NTRIPLES"
    })
    void eachRdfRepresentationParsesAndDescribesTheResource(String mediaType, String lang) {
        HttpResponse<String> response = site.get("/doc/priority/regulation", Map.of("Accept", mediaType));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        assertThat(response.headers().firstValue("Content-Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/doc/priority/regulation."));
        Graph graph = parse(response.body(), Representation.valueOf(lang).lang);
        assertThat(graph.contains(
                        NodeFactory.createURI(REGULATION),
                        SKOS.prefLabel.asNode(),
                        NodeFactory.createLiteralLang("Régulation", "fr")))
                .isTrue();
        assertThat(graph.contains(Node.ANY, Node.ANY, NodeFactory.createURI(REGULATION)))
                .as("links to it are included")
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "?format=ttl, text/turtle",
        ".ttl, text/turtle",
        ".jsonld, application/ld+json",
        ".nt, application/n-triples",
        "?format=rdf, application/rdf+xml",
        "?format=html, text/html"
    })
    void aFormatParameterOrExtensionOverridesAccept(String suffix, String mediaType) {
        HttpResponse<String> response = site.get("/doc/priority/regulation" + suffix, Map.of("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
    }

    @Test
    void anUnknownResourceIsA404Page() {
        for (String path :
                new String[] {"/id/priority/nothing", "/doc/priority/nothing", "/doc/priority/nothing.ttl"}) {
            HttpResponse<String> response = site.get(path, Map.of("Accept", "text/html"));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).contains("<h1", "priority/nothing");
        }
    }

    @Test
    void anUnsupportedMediaTypeIsA406ThatListsWhatIsServed() {
        HttpResponse<String> response = site.get("/doc/priority/regulation", Map.of("Accept", "image/png"));
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("text/turtle", "application/ld+json");
        assertThat(site.get("/id/priority/regulation", Map.of("Accept", "image/png"))
                        .statusCode())
                .isEqualTo(406);
        assertThat(site.get("/doc/priority/regulation?format=png", Map.of()).statusCode())
                .isEqualTo(406);
        // The ontology and the dataset description choose their format the same way, with the same answer.
        for (String path : new String[] {"/def", "/.well-known/void"}) {
            HttpResponse<String> refused = site.get(path, Map.of("Accept", "image/png"));
            assertThat(refused.statusCode()).as(path).isEqualTo(406);
            assertThat(refused.body()).as(path).contains("image/png", "text/turtle", "application/ld+json");
            assertThat(site.get(path + "?format=png", Map.of()).body())
                    .as(path)
                    .contains("Unknown format 'png'", "ttl, jsonld");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/id/priority/regulation", "/doc/priority/regulation", "/def", "/.well-known/void"})
    void varyIsOneHeaderNamingEverythingTheAnswerDependsOn(String path) {
        HttpResponse<String> response = site.get(path, Map.of("Accept", "text/turtle"));
        assertThat(response.headers().allValues("Vary")).containsExactly("Accept, Accept-Language, Cookie");
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> get = site.get("/doc/priority/regulation", Map.of("Accept", "text/turtle"));
        HttpResponse<String> head = site.head("/doc/priority/regulation", Map.of("Accept", "text/turtle"));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type"))
                .isEqualTo(get.headers().firstValue("Content-Type"));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    }

    @Test
    void aRevalidationOfUnchangedDataAnswers304() {
        HttpResponse<String> first = site.get("/doc/priority/regulation", Map.of("Accept", "text/turtle"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(site.get("/doc/priority/regulation", Map.of("Accept", "text/turtle", "If-None-Match", etag))
                        .statusCode())
                .isEqualTo(304);
        assertThat(site.get(
                                "/doc/priority/regulation",
                                Map.of("Accept", "text/turtle", "If-Modified-Since", lastModified))
                        .statusCode())
                .isEqualTo(304);
        assertThat(site.get(
                                "/",
                                Map.of(
                                        "If-None-Match",
                                        site.get("/", Map.of())
                                                .headers()
                                                .firstValue("ETag")
                                                .orElseThrow()))
                        .statusCode())
                .isEqualTo(304);
        assertThat(site.get("/api/priorities", Map.of("If-None-Match", etag)).statusCode())
                .as("another variant, another ETag")
                .isEqualTo(200);
        HttpResponse<String> html =
                site.get("/doc/priority/regulation", Map.of("Accept", "text/html", "If-None-Match", etag));
        assertThat(html.statusCode()).as("the HTML is another representation").isEqualTo(200);
    }

    @Test
    void thePageIsInTheReadersLanguageWithFallbackAndAChoiceThatSticks() {
        assertThat(site.get("/doc/priority/regulation", Map.of("Accept-Language", "en-GB,en"))
                        .body())
                .contains("<h1>Regulation</h1>", "lang=\"en\"");
        assertThat(site.get("/doc/priority/regulation", Map.of("Accept-Language", "fr-FR"))
                        .body())
                .contains("<h1>Régulation</h1>", "lang=\"fr\"");
        assertThat(site.get("/doc/priority/regulation", Map.of("Accept-Language", "de"))
                        .body())
                .as("French by default")
                .contains("<h1>Régulation</h1>");

        HttpResponse<String> chosen = site.get("/doc/priority/regulation?lang=en", Map.of("Accept-Language", "fr"));
        assertThat(chosen.body()).contains("<h1>Regulation</h1>");
        String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(site.get("/", Map.of("Accept-Language", "fr", "Cookie", cookie))
                        .body())
                .contains("The strategy, its chapters and their editions");
        assertThat(site.get("/doc/priority/regulation?lang=de", Map.of()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aPageShowsPropertiesIncomingLinksSourcesAndRdfLinks() {
        String page = site.get("/doc/organization/dns", Map.of("Accept-Language", "fr"))
                .body();
        assertThat(page).contains("Délégation au numérique en santé", "DNS");
        assertThat(page)
                .contains("href=\"/doc/roadmap/feuille-de-route-ia-sante-2025\"")
                .as("used by the roadmap it publishes");
        assertThat(page).contains("Feuille de route DNS Juillet 2025", "4. Gouvernance et pilotage");
        assertThat(page).contains("href=\"/doc/organization/dns.ttl\"", "href=\"/doc/organization/dns.jsonld\"");
    }

    @Test
    void usedByIsGroupedByPropertyCountedAndPagedSoEveryLinkingResourceIsReachedOnce() {
        String kindS = "/doc/source-kind/S";
        Element group =
                Jsoup.parse(site.get(kindS, Map.of("Accept-Language", "en")).body()).select("#used-by .listed").stream()
                        .filter(section -> section.select("h3 a").attr("title").equals(DCTerms.type.getURI()))
                        .findFirst()
                        .orElseThrow();
        int count = Integer.parseInt(group.select("h3 .count").text());
        assertThat(count).as("more than a page of secondary sources").isGreaterThan(25);
        List<String> reached = new java.util.ArrayList<>();
        int pages = 0;
        while (group != null) {
            pages++;
            List<String> onPage = group.select("li a").eachAttr("title");
            assertThat(onPage).hasSizeLessThanOrEqualTo(25);
            reached.addAll(onPage);
            String next = group.select("a[rel=next]").attr("href");
            if (next.isEmpty()) break;
            HttpResponse<String> nextPage = site.get(next, Map.of("Accept-Language", "fr"));
            assertThat(nextPage.statusCode()).isEqualTo(200);
            Document document = Jsoup.parse(nextPage.body());
            assertThat(document.select("h1").text()).contains("Source secondaire", "ce qui y renvoie");
            group = document.selectFirst(".listed");
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(reached).doesNotHaveDuplicates().hasSize(count);
        assertThat(site.get("/used-by?iri=https://w3id.org/ia-sante/id/source-kind/S&property=urn:x:nothing", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(site.get("/used-by?property=urn:x:nothing", Map.of()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aResourceIdentifiedElsewhereIsDescribedHereToo() {
        HttpResponse<String> page = site.get("/describe?iri=" + AI_ACT, Map.of("Accept-Language", "en"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Regulation (EU) 2024/1689", "32024R1689");
        Graph graph = parse(
                site.get("/describe?iri=" + AI_ACT + "&format=ttl", Map.of()).body(), Lang.TURTLE);
        assertThat(graph.contains(NodeFactory.createURI(AI_ACT), Node.ANY, Node.ANY))
                .isTrue();
        assertThat(site.get("/describe?iri=http://example.org/nothing", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theOntologyIsDocumentedAtItsNamespaceAndServedAsTurtle() {
        String html = site.get("/def", Map.of("Accept", "text/html", "Accept-Language", "en"))
                .body();
        assertThat(html)
                .contains(
                        "id=\"Priority\"",
                        "id=\"FundingProgramme\"",
                        "id=\"plannedDuring\"",
                        "skos:Concept",
                        "schema:MonetaryGrant");
        // The ontology's own metadata, not the store's bookkeeping of the graph it is loaded in.
        Element metadata = Jsoup.parse(html).selectFirst("table.metadata");
        assertThat(metadata.select("th > a").eachAttr("title"))
                .contains(DCTerms.modified.getURI())
                .doesNotContain(
                        "https://w3id.org/ia-sante/def#contentSha256", "https://w3id.org/ia-sante/def#loadedFrom");
        assertThat(metadata.select("tr").stream()
                        .filter(row -> row.select("th > a").attr("title").equals(DCTerms.modified.getURI()))
                        .findFirst()
                        .orElseThrow()
                        .select("td li"))
                .as("one date modified, the ontology's own")
                .hasSize(1);
        Graph ontology = parse(site.get("/def", Map.of("Accept", "text/turtle")).body(), Lang.TURTLE);
        assertThat(ontology.contains(
                        NodeFactory.createURI("https://w3id.org/ia-sante/def#Priority"), Node.ANY, Node.ANY))
                .isTrue();
        assertThat(parse(site.get("/def/shapes.ttl", Map.of()).body(), Lang.TURTLE)
                        .size())
                .isGreaterThan(100);
    }

    @Test
    void theDatasetIsDescribedInVoidAndDcatWithDumpsWhoseCountsAreRight() throws Exception {
        HttpResponse<String> voidResponse = site.get("/.well-known/void", Map.of("Accept", "text/turtle"));
        assertThat(voidResponse.statusCode()).isEqualTo(200);
        Graph description = parse(voidResponse.body(), Lang.TURTLE);
        Node dataset = NodeFactory.createURI("https://w3id.org/ia-sante/dataset");
        Node voidNs = NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint");
        assertThat(description.contains(dataset, voidNs, NodeFactory.createURI(endpoint.queryUrl())))
                .isTrue();

        HttpResponse<byte[]> dump = site.getBytes("/dumps/ia-sante.nq.gz", Map.of());
        assertThat(dump.statusCode()).isEqualTo(200);
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body())))
                .lang(Lang.NQUADS)
                .parse(quads);
        long triples = Long.parseLong(description
                .find(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY)
                .next()
                .getObject()
                .getLiteralLexicalForm());
        assertThat(quads.stream().count()).isEqualTo(triples);
        assertThat(quads.containsGraph(
                        NodeFactory.createURI("https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07")))
                .isTrue();

        String listing = site.get("/dumps", Map.of()).body();
        assertThat(listing).contains("ia-sante.nq.gz", "graph-eur-lex-eli.ttl.gz", "def-shapes.ttl.gz");
        HttpResponse<byte[]> graphDump = site.getBytes("/dumps/graph-eur-lex-eli.ttl.gz", Map.of());
        Graph eurLex = GraphFactory.createDefaultGraph();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(graphDump.body())))
                .lang(Lang.TURTLE)
                .parse(eurLex);
        long eurLexTriples = Long.parseLong(description
                .find(
                        NodeFactory.createURI("https://w3id.org/ia-sante/graph/eur-lex-eli"),
                        NodeFactory.createURI("http://rdfs.org/ns/void#triples"),
                        Node.ANY)
                .next()
                .getObject()
                .getLiteralLexicalForm());
        assertThat(eurLex.size())
                .as("the graph's dump holds what its VoID subset counts")
                .isEqualTo(eurLexTriples);
        assertThat(eurLexTriples).isPositive();
        assertThat(site.get("/dumps/void.ttl", Map.of()).body()).contains("void:Dataset");
    }

    @Test
    void theEndpointDescribesItselfWithTheSparqlServiceDescription() {
        HttpResponse<String> response = site.get(endpoint.queryUrl(), Map.of("Accept", "text/turtle"));
        assertThat(response.statusCode()).isEqualTo(200);
        Graph description = parse(response.body(), Lang.TURTLE);
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        assertThat(description.contains(
                        Node.ANY, NodeFactory.createURI(sd + "endpoint"), NodeFactory.createURI(endpoint.queryUrl())))
                .isTrue();
        assertThat(description.contains(
                        Node.ANY,
                        NodeFactory.createURI(sd + "feature"),
                        NodeFactory.createURI(sd + "UnionDefaultGraph")))
                .isTrue();
        assertThat(description.contains(
                        Node.ANY,
                        NodeFactory.createURI(sd + "name"),
                        NodeFactory.createURI("https://w3id.org/ia-sante/graph/eur-lex-eli")))
                .isTrue();
    }

    @Test
    void searchIgnoresCaseAndAccentsInBothLanguages() {
        for (String query : new String[] {"données", "donnees", "DONNÉES"}) {
            String page = site.get(
                            "/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8),
                            Map.of("Accept-Language", "fr"))
                    .body();
            assertThat(page)
                    .as(query)
                    .contains(
                            "href=\"/doc/objective/valoriser-donnees-sante\"",
                            "href=\"/doc/role/valorisation-donnees\"");
        }
        assertThat(site.get("/search?q=strategic+steering", Map.of()).body())
                .contains("href=\"/doc/role/pilotage-strategique\"");
        assertThat(site.get("/api/search?q=reglement", Map.of()).body()).contains(AI_ACT);
        assertThat(site.get("/search?q=zzzz", Map.of("Accept-Language", "en")).body())
                .contains("No result");
    }

    @Test
    void aYearFindsThePhasesThatCoverItAndTheEventsOfThatYearEachSayingWhatItIs() {
        String hits =
                site.get("/api/search?q=2027", Map.of("Accept-Language", "en")).body();
        assertThat(hits)
                .as("the 2026-2030 phase covers 2027; the AI Act's Article 6(1) applies from 2 August 2027")
                .contains(
                        "\"iri\":\"https://w3id.org/ia-sante/id/phase/2026-2030\"",
                        "\"iri\":\"https://w3id.org/ia-sante/id/event/gfmd-aiact-application-2027-08-02\"");
        Document page = Jsoup.parse(
                site.get("/search?q=2027", Map.of("Accept-Language", "fr")).body());
        Element event = page.selectFirst("#results li:has(a[href=/doc/event/gfmd-aiact-application-2027-08-02])");
        assertThat(event.select(".kind-of").text()).isEqualTo("Événement");
        assertThat(event.select("a").text()).startsWith("Application de l'article 6");
    }

    @Test
    void theEditorsLabelsNameEachKnownIriInTheReadersLanguageAndLeaveOutTheUnknown() {
        String ehds = "http://data.europa.eu/eli/reg/2025/327/oj";
        String unknown = "https://example.org/nothing";
        String query = "/api/labels?iri=" + ehds + "&iri=" + unknown;
        assertThat(site.get(query, Map.of("Accept-Language", "fr")).body())
                .contains("\"" + ehds + "\":{\"label\":\"Règlement (UE) 2025/327\"", "\"page\":\"/describe?iri=")
                .doesNotContain(unknown);
        assertThat(site.get(query, Map.of("Accept-Language", "en")).body()).contains("Regulation (EU) 2025/327");

        String tooMany = "/api/labels?" + "iri=https://example.org/x&".repeat(101);
        HttpResponse<String> refused = site.get(tooMany, Map.of("Accept", "application/json"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("At most 100 iri parameters");
    }

    @Test
    void theHomePageShowsTheStrategyItsEventsAsAnSvgTimelineAndTheSummaryAsOneSourceAmongOthers() {
        String html = site.get("/", Map.of("Accept-Language", "fr")).body();
        assertThat(html).doesNotContain("<script");
        Document home = Jsoup.parse(html);
        assertThat(home.select("h1").text()).isEqualTo("Intelligence artificielle et données de santé");

        Element chart = home.selectFirst("figure.chart svg[role=img]");
        assertThat(chart).as("the events drawn as SVG").isNotNull();
        assertThat(chart.attr("aria-labelledby")).isEqualTo("timeline-title timeline-desc");
        assertThat(chart.select("title#timeline-title").text()).isNotBlank();
        assertThat(chart.select("desc#timeline-desc").text()).isNotBlank();
        int events = home.select("ol.events > li").size();
        assertThat(events).as("the events also as text, in order").isPositive();
        assertThat(chart.select("rect.event")).hasSize(events);
        List<String> starts = home.select("ol.events > li > time").eachAttr("datetime");
        assertThat(starts).isSortedAccordingTo(java.util.Comparator.naturalOrder());

        Element summary = home.selectFirst("#summary + .summary");
        assertThat(summary.select("a[href=\"/doc/source/resume-feuille-de-route-dns-2025-07\"]"))
                .isNotEmpty();
        assertThat(summary.select("abbr.kind-S")).as("a secondary source").isNotEmpty();
        assertThat(summary.select("a.unsupported[href=\"/doc/amount/france-2030\"]")
                        .text())
                .as("the summary's 1,5 Md EUR, stated by no primary source, is flagged")
                .contains("1,5 Md EUR");
        assertThat(home.select("a[href=\"/comparisons\"]")).isNotEmpty();
        assertThat(home.select("#strategy ~ .grid .card h3 a"))
                .as("the strategy's chapters")
                .isNotEmpty();
        // Each source of an edition or an event is named by its title, never by its IRI's last segment.
        assertThat(home.select(".card .source a:not(.original), ol.events .source a:not(.original)"))
                .isNotEmpty()
                .allSatisfy(source -> assertThat(source.text())
                        .as("the name of %s", source.attr("href"))
                        .isNotEqualTo(source.attr("href")
                                .substring(source.attr("href").lastIndexOf('/') + 1)));
        assertThat(home.select(".card a[href=\"/doc/source/anfh-64549\"]").text())
                .isEqualTo(
                        "Stratégie interministérielle pour construire notre patrimoine national des données de santé 2025-2028");
        assertThat(html).contains(endpoint.queryUrl(), "/sparql", "/dumps");
    }

    @Test
    void aResourcePageSetsWhatEachSourceSaysSideBySideAndMarksWhereTheyDiffer() {
        Document page = Jsoup.parse(site.get("/describe?iri=" + EHDS, Map.of("Accept-Language", "en"))
                .body());
        Element entryIntoForce = page.select("table.claims tbody").stream()
                .filter(body -> body.select("th[scope=row] a[title=\"" + ELI + "first_date_entry_in_force\"]")
                                .size()
                        == 1)
                .findFirst()
                .orElseThrow();
        assertThat(entryIntoForce.hasClass("differ")).isTrue();
        assertThat(entryIntoForce.select(".differ-marker").text()).contains("sources differ");

        Element asPublished = valueRow(entryIntoForce, "2025-03-25");
        assertThat(asPublished.select("a[href=\"/doc/source/eumonitor-ehds\"]")).isNotEmpty();
        assertThat(kindOf(asPublished, "/doc/source/eumonitor-ehds")).isEqualTo("P-copy");
        assertThat(asPublished.select("a.original[href^=\"https://www.eumonitor.eu/\"]"))
                .as("the source's own page")
                .isNotEmpty();
        Element asAphpSays = valueRow(entryIntoForce, "2027-03-27");
        assertThat(kindOf(asAphpSays, "/doc/source/aphp-ehds")).isEqualTo("S");
        assertThat(asAphpSays.select("a.original[href^=\"https://affairesjuridiques.aphp.fr/\"]"))
                .isNotEmpty();
        assertThat(asAphpSays.select("time").text()).isEqualTo("27 March 2027");

        assertThat(page.select("table.claims tbody:not(.differ)"))
                .as("properties the sources agree on are not marked")
                .isNotEmpty();
        assertThat(site.get("/describe?iri=" + EHDS, Map.of("Accept-Language", "fr"))
                        .body())
                .contains("les sources divergent");
    }

    @Test
    void aResourceTheCuratorsAlignShowsTheOtherResourcesClaimsWithTheirReasoning() {
        Document page = Jsoup.parse(
                site.get("/doc/act/rgpd", Map.of("Accept-Language", "en")).body());
        Element aligned = page.selectFirst("section.aligned");
        assertThat(aligned).isNotNull();
        assertThat(aligned.select("h2").text()).startsWith("Aligned by the curators");
        assertThat(aligned.select("h2 a").attr("title")).isEqualTo(GDPR);
        assertThat(aligned.select(".reasoning a[href=\"/doc/alignment/rgpd\"]")).isNotEmpty();
        assertThat(aligned.select(".reasoning").text()).contains("2016/679");
        assertThat(aligned.select("table.claims abbr.kind"))
                .as("the ELI's claims, with their sources")
                .isNotEmpty();
    }

    @Test
    void aSourcePageListsTheFactsItContributesWithItsKindPublisherDateAddressAndCitation() {
        Document page = Jsoup.parse(site.get("/doc/source/aphp-ehds", Map.of("Accept-Language", "en"))
                .body());
        assertThat(page.select("#facts a[title=\"" + EHDS + "\"]"))
                .as("a fact it states")
                .isNotEmpty();
        assertThat(page.select("#facts a[href=\"/doc/act/directive-2011-24-ue\"]"))
                .isNotEmpty();
        assertThat(page.select("#facts .listed h3").text())
                .as("the facts' types")
                .contains("Legal act");
        Element card = page.selectFirst("#document");
        assertThat(card.select("abbr.kind-S")).isNotEmpty();
        assertThat(card.select("a[href=\"/doc/organization/aphp\"]"))
                .as("its publisher")
                .isNotEmpty();
        assertThat(card.select("a[href^=\"https://affairesjuridiques.aphp.fr/textes/\"]"))
                .isNotEmpty();
        Element cite = page.selectFirst("section#cite");
        assertThat(cite.text()).contains("AP-HP", "https://affairesjuridiques.aphp.fr/textes/", "Knowledge graph of");
        assertThat(cite.select("a[rel=\"license\"]").attr("href"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");

        Document dated = Jsoup.parse(site.get("/doc/source/gouv-2022-11", Map.of("Accept-Language", "fr"))
                .body());
        assertThat(dated.select("#document dd").text()).contains("21 novembre 2022");
        assertThat(dated.select("#document abbr.kind-P")).isNotEmpty();
    }

    @Test
    void theComparisonsPageHasOneRowPerComparisonInOrderWithSourcesVerdictAndReasoning() {
        Document page = Jsoup.parse(
                site.get("/comparisons", Map.of("Accept-Language", "fr")).body());
        List<Integer> numbers = page.select("tr.comparison > td:eq(0)").eachText().stream()
                .map(Integer::valueOf)
                .toList();
        assertThat(numbers).isNotEmpty().isSortedAccordingTo(java.util.Comparator.naturalOrder());
        Element summaryAmount = page.select("tr.comparison").stream()
                .filter(row ->
                        !row.select("a[href=\"/doc/amount/france-2030\"]").isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no comparison row for the summary's 1,5 Md EUR"));
        assertThat(summaryAmount.select("a[href=\"/doc/amount/france-2030\"]").text())
                .isEqualTo("1,5 Md EUR");
        Element stated = summaryAmount.select("ul.compared > li").stream()
                .filter(li -> li.children().stream().anyMatch(child -> child.is("a[href=\"/doc/amount/france-2030\"]")))
                .findFirst()
                .orElseThrow();
        assertThat(stated.select("a[href=\"/doc/source/resume-feuille-de-route-dns-2025-07\"]"))
                .isNotEmpty();
        assertThat(stated.select("abbr.kind").eachText()).contains("S");
        assertThat(summaryAmount.select(".verdict").text()).isNotBlank();
        assertThat(summaryAmount.select("td:eq(4)").text()).as("the reasoning").isNotBlank();
        assertThat(site.get("/", Map.of()).body()).contains("href=\"/comparisons\"");
    }

    /** The row of a property's table body that shows one value (a date as written). */
    private static Element valueRow(Element body, String date) {
        return body.select("tr").stream()
                .filter(tr -> !tr.select("time[datetime=\"" + date + "\"]").isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no value " + date + " in " + body.text()));
    }

    /** The kind badge beside the link to a source. */
    private static String kindOf(Element row, String sourceHref) {
        Element link = row.selectFirst("a[href=\"" + sourceHref + "\"]");
        assertThat(link).as("a link to " + sourceHref).isNotNull();
        return link.parent().selectFirst("abbr.kind").text();
    }

    @Test
    void theEditorLoadsYasguiFromTheClasspathWithEveryCatalogueQuestion() {
        String editor = site.get("/sparql", Map.of()).body();
        assertThat(editor)
                .contains("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js")
                .doesNotContain("cdn.", "unpkg");
        RepositoryKnowledge.catalogue()
                .questions()
                .forEach(q -> assertThat(editor).contains("data-name=\"" + q.name() + "\""));
        assertThat(site.get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", Map.of())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theJsonApiIsDescribedByOpenApi() {
        HttpResponse<String> openapi = site.get("/api/openapi", Map.of("Accept", "application/json"));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("\"/api/priorities\"", "\"/api/programmes\"", "\"/api/search\"");
        assertThat(openapi.body()).as("the language parameter is documented").contains("\"name\":\"lang\"");
        assertThat(openapi.body())
                .as("a title, tags and a summary per operation, not springdoc's defaults")
                .contains("\"title\":\"ia-sante JSON API\"", "\"name\":\"Roadmap\"", "\"name\":\"Search\"")
                .contains("\"summary\":\"The strategy's priorities, in rank order\"")
                .doesNotContain("OpenAPI definition", "roadmap-api-controller");
        assertThat(site.get("/api/docs", Map.of()).statusCode()).isBetween(200, 399);
    }

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        return graph;
    }
}

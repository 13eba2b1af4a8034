package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.iasante.support.HeadlessBrowser;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.RunningApplication;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/**
 * A French and an English page of each kind a reader meets (a priority, an actor, a programme, a
 * source, a legal act, an HDH repository, an SNDS table and variable, a search, a page that does not exist), in the
 * real browser, with the HDH metadata imported: each in the reader's language (a value in both:
 * the reader's first, the other below), named by a label,
 * never wider than the window, no CURIE or raw IRI where the graph has a label for it, and a footer
 * naming the page's sources. A screenshot of each goes to {@code target/screenshots/page-*.png}.
 */
@TemporaryStoreApplicationTest(properties = RepositoryKnowledge.WITH_HDH)
class BrowserPagesTests {

    /** What a shortened IRI looks like (skos:prefLabel, xsd:string). */
    private static final Pattern CURIE = Pattern.compile("[a-zA-Z][\\w-]*:[\\w.-]+");

    private static final List<Property> NAMES = List.of(
            RDFS.label,
            SKOS.prefLabel,
            DCTerms.title,
            ResourceFactory.createProperty("http://www.w3.org/ns/csvw#name"));

    private static HeadlessBrowser chromium;
    /** Whether the graph names an IRI, as its RDF description here says: asked once per IRI. */
    private static final Map<String, Boolean> NAMED = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(
                RepositoryKnowledge.hdhAvailable(),
                "the HDH metadata is not at " + RepositoryKnowledge.HDH + " (set -Dias.hdh-dir)");
        chromium = HeadlessBrowser.startOrNull();
    }

    @BeforeEach
    void browserIsThere() {
        assumeTrue(chromium != null, HeadlessBrowser.MISSING);
        chromium.newReader(port);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.close();
    }

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        kinds.put("priority", "/doc/priority/regulation");
        kinds.put("actor", "/doc/organization/health-data-hub");
        kinds.put("programme", "/doc/programme/france-2030");
        kinds.put("source", "/doc/source/aphp-ehds");
        kinds.put("legal-act", "/doc/act/reglement-europeen-ia");
        kinds.put("hdh-source", "/doc/source/hdh-schema-snds");
        kinds.put("snds-table", "/doc/snds-table/IR_BEN_R");
        kinds.put("snds-variable", "/doc/snds-variable/IR_BEN_R--BEN_NIR_PSA");
        kinds.put("search", "/search?q=date+de+naissance");
        kinds.put("not-found", "/doc/priority/no-such-priority");
        kinds.forEach((kind, path) -> {
            for (String language : List.of("fr", "en")) pages.add(Arguments.of(kind, path, language));
        });
        return pages.stream();
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("pages")
    void eachKindOfPageReadsInTheReadersLanguageByLabelsAndNamesItsSources(String kind, String path, String language)
            throws IOException {
        ChromeDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
        chromium.screenshot("page-" + kind + "-" + language + ".png");
        Document page = Jsoup.parse(browser.getPageSource());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
        assertThat(page.selectFirst("#lang-switch").text()).isEqualTo(language.equals("fr") ? "English" : "Français");
        String title = page.selectFirst("h1").text();
        assertThat(title)
                .as("the page's title")
                .isNotBlank()
                .doesNotStartWith("http")
                .doesNotMatch(CURIE);
        assertThat(browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("how far the page runs past the window (px)")
                .isEqualTo(0L);
        assertThat(page.select("form[role=search] input[name=q]"))
                .as("a search box")
                .hasSize(1);

        // Properties and classes are always named: every standard term has a label in both languages.
        for (Element term : page.select("table.claims th[scope=row] a, p.types a, section#used-by h3 a")) {
            assertThat(term.text())
                    .as("a property or class named %s", term.attr("title"))
                    .doesNotMatch(CURIE)
                    .doesNotStartWith("http");
        }
        // A value may show as an address only when the graph has no name for it.
        List<String> unnamed = new ArrayList<>();
        for (Element link : page.select("main a, footer a")) {
            // The page's own IRI, its citation and its RDF links show addresses on purpose.
            if (link.parents().is(".iri, .cite, .links")) continue;
            String text = link.text().strip();
            if (!CURIE.matcher(text).matches() && !text.startsWith("http")) continue;
            String iri = link.hasAttr("title") ? link.attr("title") : link.absUrl("href");
            if (iri.startsWith("http") && isNamed(iri)) unnamed.add(text + " (" + iri + ")");
        }
        assertThat(unnamed)
                .as("links shown by address although the graph names them")
                .isEmpty();

        chromium.assertNoRequestLeftThisHost();
        if (kind.equals("not-found")) {
            assertThat(browser.findElements(By.cssSelector("header nav a")))
                    .as("the site's navigation")
                    .isNotEmpty();
        }
        if (kind.equals("search") || kind.equals("not-found")) return;

        // wholeText: text() would turn the no-break space French puts before a colon into a space.
        String colon = page.select("p.iri").first().wholeText();
        assertThat(colon).as("typography of the labels").contains(language.equals("fr") ? "IRI\u00a0:" : "IRI:");
        List<String> sources = page.select("footer ul.page-sources li").eachText();
        assertThat(sources).as("the footer names the page's sources").isNotEmpty();
        if (kind.startsWith("snds-") || kind.equals("hdh-source")) {
            assertThat(String.join("\n", sources)).contains("Health Data Hub", "Mozilla Public License 2.0");
        }
        if (kind.equals("priority")) {
            // A value in both languages: the reader's first, the other below it, not hidden.
            Element label = page.select("table.claims tbody").stream()
                    .filter(row -> row.select("th a").attr("title").equals(SKOS.prefLabel.getURI()))
                    .findFirst()
                    .orElseThrow();
            assertThat(label.select("span.tag").eachText())
                    .containsExactly(language, language.equals("fr") ? "en" : "fr");
        }
        if (kind.equals("snds-table")) {
            assertThat(page.select("table.columns tbody tr"))
                    .as("the table's variables")
                    .hasSize(21);
            assertThat(page.select("table.columns tbody tr").first().select("td").stream()
                            .map(Element::text)
                            .toList())
                    .containsExactly(
                            "ASS_NIR_ANO",
                            language.equals("fr") ? "chaîne de caractères" : "string",
                            "Matricule anonymisé de l'ouvreur de droits",
                            "");
        }
    }

    /** Whether the graph gives the IRI a name (a label, a title, a CSVW name), read from its RDF here. */
    private boolean isNamed(String iri) {
        return NAMED.computeIfAbsent(iri, i -> {
            var answer = new RunningApplication(port)
                    .get(
                            "/describe?iri=" + URLEncoder.encode(i, StandardCharsets.UTF_8) + "&format=ttl",
                            Map.of("Accept", "text/turtle"));
            if (answer.statusCode() == 303) {
                answer = new RunningApplication(port)
                        .get(answer.headers().firstValue("Location").orElseThrow() + ".ttl", Map.of());
            }
            if (answer.statusCode() != 200) return false;
            Model description = ModelFactory.createDefaultModel().read(new StringReader(answer.body()), null, "TTL");
            return NAMES.stream().anyMatch(name -> description.contains(description.createResource(i), name));
        });
    }
}

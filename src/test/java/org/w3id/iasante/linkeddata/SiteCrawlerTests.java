package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.RunningApplication;

/**
 * Walks every page reachable from the home page, in both languages: no broken internal link, and
 * every page well-formed HTML (no parse error) with a language, a title and one h1; every
 * resource page with its claims table and a "cite this" block carrying the licence; every chart
 * with a text alternative.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ias.sparql.port=0")
class SiteCrawlerTests {

    private static final Path STORE = RunningApplication.temporaryStore("ias-crawl-store");
    private static final int MAX_PAGES = 1500;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void storeAndKnowledge(DynamicPropertyRegistry registry) {
        registry.add("ias.store.location", STORE::toString);
        registry.add("ias.knowledge.location", RepositoryKnowledge.ROOT::toString);
    }

    @AfterAll
    static void removeStore() {
        FileSystemUtils.deleteRecursively(STORE.toFile());
    }

    @Test
    void everyLinkFromTheHomePageLeadsToAWellFormedPageInBothLanguages() {
        // The two languages are walked at once: the server answers both, and the walk takes half the time.
        Map<String, java.util.concurrent.CompletableFuture<Crawl>> crawls = new java.util.LinkedHashMap<>();
        for (String language : List.of("fr", "en")) {
            crawls.put(
                    language,
                    java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> crawl(new RunningApplication(port), language)));
        }
        for (String language : crawls.keySet()) {
            Crawl crawl = crawls.get(language).join();
            assertThat(crawl.broken()).as("broken links (%s)", language).isEmpty();
            assertThat(crawl.malformed()).as("malformed pages (%s)", language).isEmpty();
            assertThat(crawl.pages())
                    .as("pages reached (%s)", language)
                    .contains(
                            "/",
                            "/sparql",
                            "/def",
                            "/dumps",
                            "/doc/priority/regulation",
                            "/doc/programme/france-2030",
                            "/doc/organization/dns",
                            "/doc/phase/2026-2030",
                            "/doc/source/resume-feuille-de-route-dns-2025-07",
                            "/doc/source/aphp-ehds",
                            "/comparisons")
                    .hasSizeGreaterThan(60);
        }
    }

    record Crawl(Set<String> pages, List<String> broken, List<String> malformed) {}

    private static Crawl crawl(RunningApplication site, String language) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> pages = new LinkedHashSet<>();
        List<String> broken = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {"/", "(start)"});
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String[] next = queue.poll();
            String path = next[0];
            if (!seen.add(path)) continue;
            HttpResponse<String> response = site.get(path, Map.of("Accept-Language", language));
            for (int hops = 0; response.statusCode() / 100 == 3 && hops < 3; hops++) {
                String location = response.headers().firstValue("Location").orElse("");
                response = site.get(
                        location.startsWith("http") ? location : location.isEmpty() ? path : location,
                        Map.of("Accept-Language", language));
            }
            if (response.statusCode() != 200) {
                broken.add(path + " -> " + response.statusCode() + " (linked from " + next[1] + ")");
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) continue;
            pages.add(path);
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document page = Jsoup.parse(response.body(), site.url(path), parser);
            parser.getErrors().forEach(error -> malformed.add(path + ": " + error));
            if (page.select("html[lang]").isEmpty()) malformed.add(path + ": no lang attribute on <html>");
            if (page.title().isBlank()) malformed.add(path + ": no <title>");
            if (page.select("h1").size() != 1)
                malformed.add(path + ": " + page.select("h1").size() + " h1 elements");
            if (path.startsWith("/doc/") || path.startsWith("/describe")) {
                if (page.select("table.claims").isEmpty()) malformed.add(path + ": no claims table");
                if (page.select("section#cite a[rel=license]").isEmpty())
                    malformed.add(path + ": no citation with its licence");
            }
            for (Element chart : page.select("svg[role=img]")) {
                if (chart.select("title").isEmpty() || chart.select("desc").isEmpty())
                    malformed.add(path + ": a chart without its title and description");
            }
            for (Element link : page.select("a[href], link[href], script[src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                String internal = internalPath(target);
                if (internal != null && !internal.startsWith("/api/docs") && !seen.contains(internal)) {
                    queue.add(new String[] {internal, path});
                }
            }
        }
        return new Crawl(pages, broken, malformed);
    }

    /** The path of a link to this site (fragment dropped), or null for another site or a page anchor. */
    private static String internalPath(String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("//") || href.contains("://")) return null;
        String withoutFragment = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        return withoutFragment.startsWith("/") ? withoutFragment : null;
    }
}

package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.iasante.support.RunningApplication;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;

/**
 * Walks every page reachable from the home page, in both languages: no broken internal link, and
 * every page well-formed HTML (no parse error) with a language, a title and one h1; every
 * resource page with its claims table and a "cite this" block carrying the licence; every chart
 * with a text alternative.
 */
@TemporaryStoreApplicationTest
class SiteCrawlerTests {

    /** Bounds that stop a walk gone wrong (a link minted per visit): the test fails when one is reached. */
    private static final int MAX_PAGES = 1500;

    private static final int MAX_LINKS = 20_000;

    @LocalServerPort
    int port;

    @Test
    void everyLinkFromTheHomePageLeadsToAWellFormedPageInBothLanguages() {
        Crawl crawl = new Crawler(new RunningApplication(port)).crawl("/", List.of("fr", "en"));
        assertThat(crawl.truncated())
                .as("the walk stopped at %d pages in a language or %d links", MAX_PAGES, MAX_LINKS)
                .isFalse();
        for (String language : List.of("fr", "en")) {
            assertThat(crawl.broken(language)).as("broken links (%s)", language).isEmpty();
            assertThat(crawl.malformed(language))
                    .as("malformed pages (%s)", language)
                    .isEmpty();
            assertThat(crawl.pages(language))
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

    /** What a walk found, by the language of the pages (a link's {@code ?lang=} or the reader's). */
    record Crawl(
            Map<String, Set<String>> pagesByLanguage,
            Map<String, Queue<String>> brokenByLanguage,
            Map<String, Queue<String>> malformedByLanguage,
            boolean truncated) {

        Set<String> pages(String language) {
            return pagesByLanguage.get(language);
        }

        List<String> broken(String language) {
            return List.copyOf(brokenByLanguage.get(language));
        }

        List<String> malformed(String language) {
            return List.copyOf(malformedByLanguage.get(language));
        }
    }

    /**
     * Walks the site from one page for readers of each language at once, on a few threads. Each page
     * is fetched once per language it is shown in: a language switch ({@code /doc/x?lang=en}) is the
     * page {@code /doc/x} in English, which a reader of English also reaches as {@code /doc/x}, so
     * whichever link comes first is the one fetched. A representation that is not HTML (Turtle,
     * JSON-LD, a dump…) says the same in every language and is fetched once: a link reached in a
     * second language waits for the first fetch of it to say whether it is a page. The walk used to
     * fetch every page four times (each language's walk saw both languages) and the time went there:
     * the server's rendering, not the client's parsing; and, both languages walking at once, it
     * fetched 2 678 of 2 678 representations twice.
     */
    private static final class Crawler {

        private static final int THREADS = 4;
        private static final Pattern LANGUAGE_ASKED = Pattern.compile("[?&]lang=([a-z]{2})");

        private final RunningApplication site;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        /** By page (any language): whether its first fetch found HTML, to be fetched in the other languages too. */
        private final Map<String, CompletableFuture<Boolean>> firstFetch = new ConcurrentHashMap<>();

        private final Map<String, Set<String>> pages = new ConcurrentHashMap<>();
        private final Map<String, Queue<String>> broken = new ConcurrentHashMap<>();
        private final Map<String, Queue<String>> malformed = new ConcurrentHashMap<>();
        private final AtomicBoolean truncated = new AtomicBoolean();
        private final Phaser pending = new Phaser(1);
        private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

        Crawler(RunningApplication site) {
            this.site = site;
        }

        Crawl crawl(String start, List<String> languages) {
            for (String language : languages) {
                pages.put(language, ConcurrentHashMap.newKeySet());
                broken.put(language, new ConcurrentLinkedQueue<>());
                malformed.put(language, new ConcurrentLinkedQueue<>());
            }
            try {
                languages.forEach(language -> visit(start, language, "(start)"));
                pending.arriveAndAwaitAdvance();
            } finally {
                pool.shutdownNow();
            }
            return new Crawl(pages, broken, malformed, truncated.get());
        }

        /** Fetches {@code link} as a reader of {@code readerLanguage} would, unless that page was seen. */
        private void visit(String link, String readerLanguage, String linkedFrom) {
            Matcher asked = LANGUAGE_ASKED.matcher(link);
            String language = asked.find() ? asked.group(1) : readerLanguage;
            String page = asked.replaceAll("").replaceFirst("^([^?]*)&", "$1?");
            // The bound is on HTML pages per language; the other links (four formats per page, dumps) are cheap.
            if (pages.get(language).size() >= MAX_PAGES || seen.size() >= MAX_LINKS) {
                truncated.set(true);
                return;
            }
            if (!seen.add(language + " " + page)) return;
            pending.register();
            CompletableFuture<Boolean> mine = new CompletableFuture<>();
            CompletableFuture<Boolean> first = firstFetch.putIfAbsent(page, mine);
            Runnable fetch = () -> {
                boolean html = true;
                try {
                    html = check(link, readerLanguage, language, page, linkedFrom);
                } catch (RuntimeException e) {
                    broken.computeIfAbsent(language, l -> new ConcurrentLinkedQueue<>())
                            .add(link + " -> " + e + " (linked from " + linkedFrom + ")");
                } finally {
                    mine.complete(html);
                    pending.arriveAndDeregister();
                }
            };
            if (first == null) pool.execute(fetch);
            else
                first.thenAccept(html -> {
                    if (html) pool.execute(fetch);
                    else pending.arriveAndDeregister();
                });
        }

        /** Checks one page; false when the link is not HTML (the same in every language). */
        private boolean check(String link, String readerLanguage, String language, String page, String linkedFrom) {
            Map<String, String> headers = Map.of("Accept-Language", readerLanguage);
            HttpResponse<String> response = site.get(link, headers);
            for (int hops = 0; response.statusCode() / 100 == 3 && hops < 3; hops++) {
                String location = response.headers().firstValue("Location").orElse("");
                response = site.get(
                        location.startsWith("http") ? location : location.isEmpty() ? link : location, headers);
            }
            if (response.statusCode() != 200) {
                broken.get(language).add(link + " -> " + response.statusCode() + " (linked from " + linkedFrom + ")");
                return true;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) return false;
            pages.get(language).add(page);
            Queue<String> problems = malformed.get(language);
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document html = Jsoup.parse(response.body(), site.url(link), parser);
            parser.getErrors().forEach(error -> problems.add(link + ": " + error));
            if (html.select("html[lang]").isEmpty()) problems.add(link + ": no lang attribute on <html>");
            if (html.title().isBlank()) problems.add(link + ": no <title>");
            if (html.select("h1").size() != 1)
                problems.add(link + ": " + html.select("h1").size() + " h1 elements");
            if (link.startsWith("/doc/") || link.startsWith("/describe")) {
                if (html.select("table.claims").isEmpty()) problems.add(link + ": no claims table");
                if (html.select("section#cite a[rel=license]").isEmpty())
                    problems.add(link + ": no citation with its licence");
            }
            for (Element chart : html.select("svg[role=img]")) {
                if (chart.select("title").isEmpty() || chart.select("desc").isEmpty())
                    problems.add(link + ": a chart without its title and description");
            }
            for (Element target : html.select("a[href], link[href], script[src]")) {
                String internal = internalPath(target.hasAttr("href") ? target.attr("href") : target.attr("src"));
                if (internal != null && !internal.startsWith("/api/docs")) visit(internal, readerLanguage, link);
            }
            return true;
        }
    }

    /** The path of a link to this site (fragment dropped), or null for another site or a page anchor. */
    private static String internalPath(String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("//") || href.contains("://")) return null;
        String withoutFragment = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        return withoutFragment.startsWith("/") ? withoutFragment : null;
    }
}

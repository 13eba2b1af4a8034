package org.w3id.iasante.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3id.iasante.store.QueryTimeoutException;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.support.ProbeServer;
import org.w3id.iasante.support.RawHttp;
import org.w3id.iasante.support.TemporaryStoreApplicationTest;
import org.w3id.iasante.system.HostileCorpus.HostileCase;
import org.w3id.iasante.system.HostileCorpus.Server;

/**
 * Both servers, the SPARQL endpoint and the site, under a seeded corpus of hostile requests
 * ({@link HostileCorpus}): every one gets a whole HTTP answer within the query timeout and a
 * margin, none is a 5xx but the documented 503 of a question past its time, none shows a stack
 * trace or a path of the machine, and the server fetches nothing a request names: the loopback
 * probe receives no request, and the text of a local file the requests name reaches neither an
 * answer nor the store.
 *
 * <p>The settings are those of {@code store.SparqlEndpointTests}, so that both share one
 * application (one store loaded): the corpus writes only graphs named {@code urn:hostile:…}.
 */
@TemporaryStoreApplicationTest(
        properties = {
            "ias.sparql.loopback-only=true",
            "ias.sparql.query-timeout=2s",
            "ias.sparql.max-rows=5000",
            "ias.sparql.update-user=editor",
            "ias.sparql.update-password=correct horse battery staple"
        })
class HostileCorpusTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** What an answer may take beyond the timeout with four requests at once on a loaded 2-core machine. */
    private static final Duration MARGIN = Duration.ofSeconds(2);
    /** Requests in flight at once: enough to overlap the cases that run to the timeout. */
    private static final int CLIENTS = 4;

    /** What the local file holds, which no answer nor the store may ever show. */
    private static final String SECRET = "hostile-local-file-" + HostileCorpus.SEED;

    private static final List<String> LEAKS = List.of("at org.", "at java.", "Exception", "/work/", "\tat ");
    private static final List<String> FRAMES = List.of("\tat org.", "\tat java.", "/work/");
    /** The site's 503 page, in each of its languages. */
    private static final List<String> TIMED_OUT_PAGES = Stream.of(Locale.ROOT, Locale.ENGLISH)
            .map(locale -> ResourceBundle.getBundle("messages", locale).getString("error.503.title"))
            .toList();
    /**
     * The site's pages that are slow cold (the first reader after a write builds them, the dumps
     * too), asked once before the site's cases: those measure the site as readers meet it between
     * edits. The SPARQL cases, writes among them, go first.
     */
    private static final List<String> WARM_UP = List.of(
            "/",
            "/doc/priority/regulation",
            "/api/priorities",
            "/search?q=a",
            "/dumps",
            "/.well-known/void",
            "/comparisons",
            "/sources",
            "/source-facts",
            "/used-by",
            "/priorities",
            "/phases");

    @Autowired
    SparqlEndpoint endpoint;

    @LocalServerPort
    int sitePort;

    @Value("${ias.store.location}")
    Path store;

    /** The result of one case: its answer, or what went wrong on the wire. */
    private record Outcome(HostileCase hostile, RawHttp.Response response, String failure) {}

    @Test
    void everyHostileRequestGetsAWholeAnswerInTimeThatIsNoServerErrorAndLeaksNothing(@TempDir Path files)
            throws Exception {
        // A file of this machine that requests name (LOAD, an XML entity, a JSON-LD context): its text must never be
        // read in.
        Path local =
                Files.writeString(files.resolve("local.nt"), "<urn:hostile:s> <urn:hostile:p> \"" + SECRET + "\" .\n");
        List<HostileCase> corpus;
        List<Outcome> outcomes = new ArrayList<>();
        int probed;
        long start = System.nanoTime();
        try (ProbeServer probe = new ProbeServer()) {
            corpus = HostileCorpus.build(
                    endpoint.port(),
                    sitePort,
                    "ia-sante",
                    "editor:correct horse battery staple",
                    probe.url("/probe"),
                    local.toUri().toString());
            outcomes.addAll(sendAll(
                    corpus.stream().filter(c -> c.server() == Server.SPARQL).toList()));
            for (String path : WARM_UP) {
                RawHttp.send(
                        sitePort,
                        RawHttp.request("GET", path, sitePort, Map.of(), new byte[0]),
                        Duration.ofSeconds(60));
            }
            outcomes.addAll(sendAll(
                    corpus.stream().filter(c -> c.server() == Server.SITE).toList()));
            probed = probe.requests();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<String> failures = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            String failure = judge(outcome);
            if (failure != null)
                failures.add(outcome.hostile().id() + " [" + outcome.hostile().shown() + "]: " + failure);
        }
        Duration slowest = outcomes.stream()
                .filter(o -> o.response() != null)
                .map(o -> o.response().took())
                .max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
        System.out.printf(
                "Hostile corpus: %d cases (seed %d), %d of them writes, in %d ms; slowest answer %d ms; %d failures%n",
                corpus.size(),
                HostileCorpus.SEED,
                corpus.stream().filter(HostileCase::writes).count(),
                took.toMillis(),
                slowest.toMillis(),
                failures.size());

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(600);
        assertThat(failures).as("hostile requests answered wrongly").isEmpty();
        assertThat(probed).as("requests the loopback probe received").isZero();
        assertThat(ask("FILTER(CONTAINS(STR(?o), \"" + SECRET + "\") || CONTAINS(STR(?s), \"" + SECRET + "\"))"))
                .as("the local file's text read into the store")
                .isFalse();
        assertThat(ask("FILTER(isBlank(?g))"))
                .as("a graph named by a blank node")
                .isFalse();
    }

    /**
     * Sends the cases, the editor's writes one at a time (they wait for the store's one writer
     * anyway) beside the others, {@value #CLIENTS} minus one at a time; the outcomes come back in
     * the corpus's order.
     */
    private static List<Outcome> sendAll(List<HostileCase> cases) throws Exception {
        ExecutorService reads = Executors.newFixedThreadPool(CLIENTS - 1);
        ExecutorService writes = Executors.newSingleThreadExecutor();
        try {
            List<Future<Outcome>> pending = new ArrayList<>();
            for (HostileCase hostile : cases)
                pending.add((hostile.writes() ? writes : reads).submit(() -> send(hostile)));
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : pending) outcomes.add(outcome.get());
            return outcomes;
        } finally {
            reads.shutdownNow();
            writes.shutdownNow();
        }
    }

    private static Outcome send(HostileCase hostile) {
        try {
            return new Outcome(hostile, RawHttp.send(hostile.port(), hostile.request(), TIMEOUT.plus(MARGIN)), null);
        } catch (SocketTimeoutException e) {
            return new Outcome(
                    hostile,
                    null,
                    "no whole answer within " + TIMEOUT.plus(MARGIN).toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(hostile, null, "connection dropped: " + e);
        }
    }

    /** Whether a quad of the store passes {@code filter}. */
    private boolean ask(String filter) throws IOException {
        String ask = "ASK { GRAPH ?g { ?s ?p ?o } " + filter + " }";
        RawHttp.Response answer = RawHttp.send(
                endpoint.port(),
                RawHttp.request(
                        "POST",
                        "/ia-sante/sparql",
                        endpoint.port(),
                        Map.of("Content-Type", "application/sparql-query", "Accept", "text/csv"),
                        ask.getBytes(StandardCharsets.UTF_8)),
                Duration.ofSeconds(30));
        assertThat(answer.status()).isEqualTo(200);
        return answer.text().contains("true");
    }

    /** What is wrong with an answer, or null. */
    private String judge(Outcome outcome) {
        if (outcome.failure() != null) return outcome.failure();
        RawHttp.Response response = outcome.response();
        String body = response.text();
        String shown = response.status() + " in " + response.took().toMillis() + " ms: "
                + body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ");
        if (response.status() >= 500 && !documented(response.status(), body)) return "server error " + shown;
        if (response.took().compareTo(TIMEOUT.plus(MARGIN)) > 0) return "too slow " + shown;
        // An answer's data may say "Exception"; a refusal must say what to change, nothing of the server.
        List<String> leaks = response.status() >= 400 ? LEAKS : FRAMES;
        for (String leak : leaks) if (body.contains(leak)) return "shows \"" + leak + "\" " + shown;
        if (body.contains(store.toString())) return "shows the store's folder " + shown;
        if (body.contains(SECRET)) return "shows the local file's text " + shown;
        return null;
    }

    /**
     * The 5xx answers that are documented: a question past its time (the endpoint's 503 "Query
     * timed out" or "Update timed out", the site's 503 page or problem), and the container's answers to a method,
     * transfer coding or HTTP version it does not implement (RFC 9110: 501, 505), which no
     * handler of ours writes.
     */
    private static boolean documented(int status, String body) {
        if (status == 501 || status == 505) return true;
        return status == 503
                && (body.contains("Query timed out")
                        || body.contains("Update timed out")
                        || body.contains(QueryTimeoutException.FOR_CLIENTS)
                        || TIMED_OUT_PAGES.stream().anyMatch(body::contains));
    }
}

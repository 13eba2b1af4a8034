package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.store.DataVersion;

/** The cache in front of the site: replays what it made, never across data versions or variants. */
class ResponseCacheTests {

    private final RoadmapGraph graph = mock(RoadmapGraph.class);
    private final LocaleResolver locales = new ReaderLanguage().localeResolver();
    private final AtomicInteger made = new AtomicInteger();
    private ResponseCache cache;

    /** Stands for the site: each call makes a new body, so a replay is told apart from a remake. */
    private final FilterChain site = (request, response) -> {
        int n = made.incrementAndGet();
        response.setContentType("text/turtle");
        response.getOutputStream()
                .write(("answer " + n + " to " + ((MockHttpServletRequest) request).getRequestURI())
                        .getBytes(StandardCharsets.UTF_8));
    };

    @BeforeEach
    void dataVersionOne() {
        when(graph.dataVersion()).thenReturn(new DataVersion("v1", Instant.parse("2025-07-01T00:00:00Z")));
        cache = new ResponseCache(graph::dataVersion, locales, 1 << 20, 1 << 20);
    }

    private MockHttpServletResponse get(String path, String accept) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", accept);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, site);
        return response;
    }

    @Test
    void aRepeatedReadGetsTheSameBytesWithoutRemakingThem() throws Exception {
        MockHttpServletResponse first = get("/doc/priority/regulation", "text/turtle");
        MockHttpServletResponse second = get("/doc/priority/regulation", "text/turtle");

        assertThat(made).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getContentType()).startsWith("text/turtle");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
    }

    @Test
    void newDataIsNeverAnsweredFromTheCache() throws Exception {
        MockHttpServletResponse before = get("/doc/priority/regulation", "text/turtle");
        when(graph.dataVersion()).thenReturn(new DataVersion("v2", Instant.parse("2025-08-01T00:00:00Z")));
        MockHttpServletResponse after = get("/doc/priority/regulation", "text/turtle");

        assertThat(made).hasValue(2);
        assertThat(after.getContentAsString()).isEqualTo("answer 2 to /doc/priority/regulation");
        assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
    }

    @Test
    void eachVariantIsMadeAndKeptApart() throws Exception {
        get("/doc/priority/regulation", "text/turtle");
        get("/doc/priority/regulation", "application/ld+json");
        get("/doc/priority/data", "text/turtle");

        assertThat(made).hasValue(3);
        assertThat(get("/doc/priority/data", "text/turtle").getContentAsString())
                .isEqualTo("answer 3 to /doc/priority/data");
    }

    @Test
    void aRevalidationOfUnchangedDataIs304WithoutABody() throws Exception {
        String etag = get("/doc/priority/regulation", "text/turtle").getHeader("ETag");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/doc/priority/regulation");
        request.addHeader("Accept", "text/turtle");
        request.addHeader("If-None-Match", etag);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, site);

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(made).hasValue(1);
    }

    @Test
    void anErrorIsNeverKept() throws Exception {
        FilterChain failing = (request, response) -> {
            made.incrementAndGet();
            ((jakarta.servlet.http.HttpServletResponse) response).setStatus(404);
        };
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/id/nothing");
            cache.doFilter(request, new MockHttpServletResponse(), failing);
        }
        assertThat(made).hasValue(2);
    }

    @Test
    void anAnswerTooBigToKeepIsRemadeEachTime() throws Exception {
        cache = new ResponseCache(graph::dataVersion, locales, 1 << 20, 4);
        get("/doc/priority/regulation", "text/turtle");
        get("/doc/priority/regulation", "text/turtle");

        assertThat(made).hasValue(2);
    }

    @Test
    void theAnswersKeptAreBoundedInBytesAllTogether() throws Exception {
        FilterChain kilobytePages = (request, response) -> {
            made.incrementAndGet();
            response.getOutputStream().write(new byte[1000]);
        };
        // Room for three such answers and their keys, not ten.
        cache = new ResponseCache(graph::dataVersion, locales, 3 * 1100, 1 << 20);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 10; i++) {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/p" + i);
                cache.doFilter(request, new MockHttpServletResponse(), kilobytePages);
            }
        }

        // Which few stay is Caffeine's choice (frequency and recency); that no more than three do is ours.
        assertThat(made.get()).as("made: 10, then again all but the few kept").isGreaterThanOrEqualTo(17);
    }

    @Test
    void noBytesMeansNothingIsKept() throws Exception {
        cache = new ResponseCache(graph::dataVersion, locales, 0, 1 << 20);
        get("/doc/priority/regulation", "text/turtle");
        get("/doc/priority/regulation", "text/turtle");

        assertThat(made).hasValue(2);
    }

    @Test
    void aQueryAskingForFreshValuesRunsEveryTime() throws Exception {
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
            request.setParameter("query", "SELECT (now() AS ?t) (STRUUID () AS ?id) {}");
            MockHttpServletResponse response = new MockHttpServletResponse();
            cache.doFilter(request, response, site);
            assertThat(response.getHeader("ETag")).isNull();
        }
        assertThat(made).hasValue(2);
    }

    @Test
    void onlyGetAndHeadAreCached() throws Exception {
        for (int i = 0; i < 2; i++) {
            cache.doFilter(new MockHttpServletRequest("POST", "/sparql"), new MockHttpServletResponse(), site);
        }
        assertThat(made).hasValue(2);
    }

    @Test
    void eachLanguageIsItsOwnVariant() throws Exception {
        MockHttpServletRequest french = new MockHttpServletRequest("GET", "/doc/priority/regulation");
        french.addHeader("Accept-Language", "fr-FR");
        MockHttpServletResponse inFrench = new MockHttpServletResponse();
        cache.doFilter(french, inFrench, site);
        MockHttpServletRequest english = new MockHttpServletRequest("GET", "/doc/priority/regulation");
        english.setCookies(new jakarta.servlet.http.Cookie(ReaderLanguage.COOKIE, "en"));
        MockHttpServletResponse inEnglish = new MockHttpServletResponse();
        cache.doFilter(english, inEnglish, site);

        assertThat(made).hasValue(2);
        assertThat(inEnglish.getHeader("ETag")).isNotEqualTo(inFrench.getHeader("ETag"));
    }

    @Test
    void aRequestChoosingALanguageIsMadeEachTimeAndTheCacheSetsNoCookie() throws Exception {
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/doc/priority/regulation");
            request.setParameter("lang", "en");
            request.setQueryString("lang=en");
            MockHttpServletResponse response = new MockHttpServletResponse();
            cache.doFilter(request, response, site);
            assertThat(response.getHeader("ETag")).isNotNull();
            assertThat(response.getCookies()).isEmpty();
            assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        }
        assertThat(made).hasValue(2);
    }
}

package org.w3id.iasante.linkeddata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.w3id.iasante.query.FreshValues;
import org.w3id.iasante.rest.LanguageChoice;
import org.w3id.iasante.store.DataVersion;
import org.w3id.iasante.store.GraphStore;

/**
 * HTTP caching keyed on the store's data version. Every page, RDF document, dump and API answer
 * carries an ETag (data version + the variant asked for: path, query, Accept, language) and
 * Last-Modified (when that data version appeared); a revalidation of unchanged data gets 304, and
 * a repeated read of it gets the bytes already made, without running a query. A new data version
 * makes new keys, so nothing stale is ever served; old entries age out.
 */
class ResponseCache extends OncePerRequestFilter {

    /** Headers the cache sets itself on every answer, so they are not replayed from an entry. */
    private static final Set<String> OWN_HEADERS = Set.of(
            "etag",
            "last-modified",
            "vary",
            "cache-control",
            "set-cookie",
            "content-length",
            "transfer-encoding",
            "date");

    private final GraphStore store;
    private final Entries entries;

    /**
     * @param maxBytes bytes of answers kept in all (0: none)
     * @param maxEntryBytes the largest answer kept
     */
    ResponseCache(GraphStore store, long maxBytes, long maxEntryBytes) {
        this.store = store;
        this.entries = new Entries(maxBytes, maxEntryBytes);
    }

    /** An answer as it was sent: status, its own headers, the body. */
    private record Entry(int status, List<String[]> headers, byte[] body) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        rememberLanguage(request, response);
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD") || asksForFreshValues(request)) {
            chain.doFilter(request, response);
            return;
        }
        DataVersion version = store.dataVersion();
        String variant = variant(request);
        String etag = "\"" + version.tag() + "-" + Integer.toHexString(variant.hashCode()) + "\"";
        response.addHeader(HttpHeaders.VARY, "Accept, Accept-Language, Cookie");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (new ServletWebRequest(request, response)
                .checkNotModified(etag, version.since().toEpochMilli())) return;

        // A dump is a file already, of any size: streamed from it, never held here.
        if (isDump(request)) {
            chain.doFilter(request, response);
            return;
        }

        // Keyed on the whole variant, not the ETag: two variants whose hashes collide must not share bytes.
        String key = version.tag() + "|" + variant;
        Entry cached = entries.get(key);
        if (cached != null) {
            response.setStatus(cached.status());
            cached.headers().forEach(h -> response.addHeader(h[0], h[1]));
            response.setContentLength(cached.body().length);
            if (request.getMethod().equals("GET")) response.getOutputStream().write(cached.body());
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (capture.getStatus() == 200 && request.getMethod().equals("GET")) {
            List<String[]> headers = new ArrayList<>();
            for (String name : capture.getHeaderNames()) {
                if (OWN_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) continue;
                for (String value : capture.getHeaders(name)) headers.add(new String[] {name, value});
            }
            if (capture.getContentType() != null
                    && headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("content-type"))) {
                headers.add(new String[] {"Content-Type", capture.getContentType()});
            }
            entries.put(key, new Entry(200, headers, capture.getContentAsByteArray()));
        }
        capture.copyBodyToResponse();
    }

    private static boolean isDump(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/dumps/")
                && request.getRequestURI().endsWith(".gz");
    }

    /** A query asking for fresh values must run each time: neither replayed nor revalidated. */
    private static boolean asksForFreshValues(HttpServletRequest request) {
        String query = request.getParameter("query");
        return query != null && FreshValues.askedBy(query);
    }

    /** What makes two requests ask for different bytes. */
    private static String variant(HttpServletRequest request) {
        return request.getRequestURI() + "?" + request.getQueryString() + "|" + request.getHeader(HttpHeaders.ACCEPT)
                + "|" + safeLanguage(request);
    }

    /** A reader's {@code ?lang=} choice sticks, in a cookie the pages read back ({@link LanguageChoice}). */
    private static void rememberLanguage(HttpServletRequest request, HttpServletResponse response) {
        String lang = request.getParameter("lang");
        if (lang != null && (lang.equals("fr") || lang.equals("en"))) {
            Cookie cookie = new Cookie(LanguageChoice.COOKIE, lang);
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    private static String safeLanguage(HttpServletRequest request) {
        try {
            return LanguageChoice.of(request).tag();
        } catch (IllegalArgumentException unknown) {
            return "?";
        }
    }

    /**
     * Answers kept, bounded in bytes all together (Caffeine: the least likely to be asked again
     * go first); an answer over the per-answer limit is not kept.
     */
    private static final class Entries {

        private final long maxEntryBytes;
        private final Cache<String, Entry> byKey;

        Entries(long maxBytes, long maxEntryBytes) {
            this.maxEntryBytes = maxEntryBytes;
            this.byKey = Caffeine.newBuilder()
                    // Evicts on the caller's thread: no pool of its own in the server.
                    .executor(Runnable::run)
                    .maximumWeight(maxBytes)
                    .weigher((String key, Entry entry) -> key.length() + entry.body().length)
                    .build();
        }

        Entry get(String key) {
            return byKey.getIfPresent(key);
        }

        void put(String key, Entry entry) {
            if (entry.body().length <= maxEntryBytes) byKey.put(key, entry);
        }
    }
}

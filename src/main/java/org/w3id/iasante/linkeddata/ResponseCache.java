package org.w3id.iasante.linkeddata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.w3id.iasante.query.FreshValues;
import org.w3id.iasante.store.DataVersion;

/**
 * HTTP caching keyed on the store's data version. Every page, RDF document, dump and API answer
 * carries an ETag (data version + the variant asked for: path, query, Accept, language) and
 * Last-Modified (when that data version appeared); a revalidation of unchanged data gets 304, and
 * a repeated read of it gets the bytes already made, without running a query. A new data version
 * makes new keys, so nothing stale is ever served; old entries age out.
 *
 * <p>The language is part of the variant as the site's {@link LocaleResolver} resolves it. A
 * request choosing one ({@code ?lang=}) is made afresh each time (tagged, never replayed nor
 * answered 304): its answer remembers the choice in a cookie, which only the site sets.
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

    private final Supplier<DataVersion> dataVersion;
    private final LocaleResolver locales;
    private final Entries entries;

    /**
     * @param maxBytes bytes of answers kept in all (0: none)
     * @param maxEntryBytes the largest answer kept
     */
    ResponseCache(Supplier<DataVersion> dataVersion, LocaleResolver locales, long maxBytes, long maxEntryBytes) {
        this.dataVersion = dataVersion;
        this.locales = locales;
        this.entries = new Entries(maxBytes, maxEntryBytes);
    }

    /** An answer as it was sent: status, its own headers, the body. */
    private record Entry(int status, List<String[]> headers, byte[] body) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD") || asksForFreshValues(request)) {
            chain.doFilter(request, response);
            return;
        }
        DataVersion version = dataVersion.get();
        String variant = variant(request, locales.resolveLocale(request));
        String etag = "\"" + version.tag() + "-" + Integer.toHexString(variant.hashCode()) + "\"";
        response.addHeader(HttpHeaders.VARY, "Accept, Accept-Language, Cookie");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (choosesLanguage(request)) {
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, version.since().toEpochMilli());
            chain.doFilter(request, response);
            return;
        }
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
                if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) continue;
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

    /** A choice of language is remembered by the answer (a cookie): it must reach the site each time. */
    private static boolean choosesLanguage(HttpServletRequest request) {
        return request.getParameter(ReaderLanguage.PARAMETER) != null;
    }

    /** What makes two requests ask for different bytes. */
    private static String variant(HttpServletRequest request, Locale language) {
        return request.getRequestURI() + "?" + request.getQueryString() + "|" + request.getHeader(HttpHeaders.ACCEPT)
                + "|" + language.toLanguageTag();
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

package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.w3id.iasante.rest.LanguageChoice;
import org.w3id.iasante.store.DataVersion;
import org.w3id.iasante.store.GraphStore;

/**
 * HTTP caching keyed on the store's data version: every page and API answer carries an ETag
 * (data version + the variant asked for: path, query, Accept, language) and Last-Modified (when
 * that data version appeared), and a revalidation of an unchanged answer gets 304 before any
 * query runs. It also remembers a reader's {@code ?lang=} choice in a cookie.
 */
class HttpCaching implements HandlerInterceptor {

    private final GraphStore store;

    HttpCaching(GraphStore store) {
        this.store = store;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang != null && (lang.equals("fr") || lang.equals("en"))) {
            Cookie cookie = new Cookie(LanguageChoice.COOKIE, lang);
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) return true;
        DataVersion version = store.dataVersion();
        String variant = request.getRequestURI() + "?" + request.getQueryString() + "|"
                + request.getHeader(HttpHeaders.ACCEPT) + "|" + safeLanguage(request);
        String etag = "\"" + version.tag() + "-" + Integer.toHexString(variant.hashCode()) + "\"";
        response.addHeader(HttpHeaders.VARY, "Accept, Accept-Language, Cookie");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return !new ServletWebRequest(request, response)
                .checkNotModified(etag, version.since().toEpochMilli());
    }

    private static String safeLanguage(HttpServletRequest request) {
        try {
            return LanguageChoice.of(request).tag();
        } catch (IllegalArgumentException unknown) {
            return "?";
        }
    }
}

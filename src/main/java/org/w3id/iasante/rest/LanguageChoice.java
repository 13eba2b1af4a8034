package org.w3id.iasante.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.w3id.iasante.api.Language;

/**
 * The reader's language: {@code ?lang=} first, then the {@value #COOKIE} cookie (the site sets it
 * when a reader switches), then {@code Accept-Language}, else French (the source's language).
 */
public final class LanguageChoice {

    /** The cookie that remembers a reader's choice. */
    public static final String COOKIE = "ias-lang";

    private LanguageChoice() {}

    public static Language of(HttpServletRequest request) {
        return of(request.getParameter("lang"), request);
    }

    public static Language of(String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) return Language.of(lang);
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(COOKIE)) {
                    try {
                        return Language.of(cookie.getValue());
                    } catch (IllegalArgumentException stale) {
                        // An unknown value: ignore it and fall through to the header.
                    }
                }
            }
        }
        // Without the header, getLocales() gives the server's own locale: not the reader's choice.
        if (request.getHeader("Accept-Language") == null) return Language.FR;
        for (Locale locale : Collections.list(request.getLocales())) {
            if (locale.getLanguage().equals("fr")) return Language.FR;
            if (locale.getLanguage().equals("en")) return Language.EN;
        }
        return Language.FR;
    }
}

package org.w3id.iasante.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.w3id.iasante.api.Language;

/** The reader's language: {@code ?lang=} first, then {@code Accept-Language}, else French (the source's). */
public final class LanguageChoice {

    private LanguageChoice() {}

    public static Language of(String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) return Language.of(lang);
        for (Locale locale : Collections.list(request.getLocales())) {
            if (locale.getLanguage().equals("fr")) return Language.FR;
            if (locale.getLanguage().equals("en")) return Language.EN;
        }
        return Language.FR;
    }
}

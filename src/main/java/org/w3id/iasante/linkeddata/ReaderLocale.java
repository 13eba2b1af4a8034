package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.rest.LanguageChoice;

/** The pages' words follow the same choice as the data's labels ({@link LanguageChoice}). */
@Component("localeResolver")
class ReaderLocale implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        try {
            return LanguageChoice.of(request) == Language.EN ? Locale.ENGLISH : Locale.FRENCH;
        } catch (IllegalArgumentException unknown) {
            return Locale.FRENCH;
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        // Nothing to store: the choice travels in ?lang= and the cookie ResponseCache sets from it.
    }
}

package org.w3id.iasante.api;

import java.util.Locale;

/** The languages the graph is labelled in; a label missing in one falls back to the other. */
public enum Language {
    FR,
    EN;

    /** {@code fr} or {@code en}, any case; anything else is refused with the choices. */
    public static Language of(String tag) {
        String lower = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        if (lower.startsWith("fr")) return FR;
        if (lower.startsWith("en")) return EN;
        throw new IllegalArgumentException("Unknown language '" + tag + "': the graph is labelled in fr and en");
    }

    /** The language of a locale the site resolved ({@code fr}, {@code en}, {@code en-GB}…). */
    public static Language of(Locale locale) {
        return of(locale.getLanguage());
    }

    /** The locale that stands for it (messages, {@code lang} attributes, a cookie's value). */
    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Language other() {
        return this == FR ? EN : FR;
    }
}

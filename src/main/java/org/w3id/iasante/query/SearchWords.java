package org.w3id.iasante.query;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is cut into the words a search matches, in one place for the site's label search and
 * the import's word index ({@code ias:mentionsWord}), so that both find the same things.
 */
public final class SearchWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {}

    /** Lower case, accents removed, words separated by single spaces. */
    public static String fold(String text) {
        return SEPARATORS
                .matcher(unaccented(text).toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /**
     * The words a text is indexed under: each word in lower case as written (what SPARQL's
     * {@code LCASE} makes of a search term) and without accents (a term typed without them), and
     * a plural in -s or -x also without that letter ("naissances" is found by "naissance").
     * "BEN_NAI_ANN" gives ben, nai, ann.
     */
    public static Set<String> indexed(String text) {
        Set<String> words = new LinkedHashSet<>();
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String word : SEPARATORS.split(composed)) {
            if (word.isEmpty()) continue;
            withSingular(words, word);
            withSingular(words, unaccented(word));
        }
        return words;
    }

    private static void withSingular(Set<String> words, String word) {
        words.add(word);
        // Short words ("os", "prix"…) are left alone: their "singular" would be noise.
        if (word.length() > 4 && (word.endsWith("s") || word.endsWith("x")))
            words.add(word.substring(0, word.length() - 1));
    }

    private static String unaccented(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}

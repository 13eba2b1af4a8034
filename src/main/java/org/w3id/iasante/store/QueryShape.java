package org.w3id.iasante.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * How deeply a SPARQL text nests and how long its longest list is, read from the text alone in one
 * pass, before any parser sees it. Jena parses, plans and evaluates by recursion: a few thousand
 * nested groups, or as many {@code ||}, {@code +}, {@code UNION} or path steps in a chain (each a
 * level of the tree they build), overflow a thread's stack; and its plan walker copies a
 * function's arguments in quadratic time, so an {@code IN} list of 100 000 terms plans for seconds.
 *
 * <p>{@link #depth()} estimates the depth of the tree the query becomes: one per bracket, plus one
 * per binary operator or {@code UNION}/{@code OPTIONAL}/{@code MINUS} before it at the same level.
 * Strings, IRIs, comments and names are skipped, so nothing inside a literal counts. Jena plans
 * nested {@code EXISTS} in time exponential in their depth (20 levels: 0.4 s, each one more doubles
 * it), so {@link #existsDepth()} counts those apart.
 *
 * @param depth the estimated depth of the query's expression and pattern trees
 * @param longestList the most comma-separated terms in one bracket (an IN list, a function's arguments)
 * @param existsDepth how many {@code EXISTS} / {@code NOT EXISTS} patterns nest in one another
 */
record QueryShape(int depth, int longestList, int existsDepth) {

    /** Keywords that each add a level to the pattern they continue. */
    private static final Set<String> CHAINING_KEYWORDS = Set.of("UNION", "OPTIONAL", "MINUS");

    static QueryShape of(String text) {
        // Per open bracket: the depth reached before it, the terms counted in it so far, the EXISTS around it.
        Deque<int[]> open = new ArrayDeque<>();
        int depth = 0;
        int terms = 1;
        int exists = 0;
        boolean existsNext = false;
        int deepest = 0;
        int longest = 1;
        int mostExists = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> i = endOfLine(text, i);
                case '"', '\'' -> i = endOfString(text, i);
                case '<' -> i = endOfIri(text, i);
                case '(', '{', '[' -> {
                    open.push(new int[] {depth, terms, exists});
                    depth++;
                    terms = 1;
                    if (c == '{' && existsNext) mostExists = Math.max(mostExists, ++exists);
                    existsNext = false;
                    i++;
                }
                case ')', '}', ']' -> {
                    if (!open.isEmpty()) {
                        int[] outer = open.pop();
                        depth = outer[0];
                        terms = outer[1];
                        exists = outer[2];
                    }
                    i++;
                }
                case ',' -> {
                    longest = Math.max(longest, ++terms);
                    i++;
                }
                case '|', '&' -> {
                    depth++;
                    // "||" and "&&" are one operator; "|" alone is a path alternative.
                    i += i + 1 < n && text.charAt(i + 1) == c ? 2 : 1;
                }
                case '+', '-', '*', '/', '^', '!' -> {
                    depth++;
                    i++;
                }
                case '?', '$' -> i = endOfName(text, i + 1);
                default -> {
                    if (isNameChar(c)) {
                        int end = endOfName(text, i);
                        String word = text.substring(i, end).toUpperCase(Locale.ROOT);
                        if (CHAINING_KEYWORDS.contains(word)) depth++;
                        if (word.equals("EXISTS")) existsNext = true;
                        i = end;
                    } else {
                        i++;
                    }
                }
            }
            deepest = Math.max(deepest, depth);
        }
        return new QueryShape(deepest, longest, mostExists);
    }

    private static int endOfLine(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end + 1;
    }

    /** Past a string literal: short or long ({@code """…"""}), with backslash escapes. */
    private static int endOfString(String text, int start) {
        char quote = text.charAt(start);
        int n = text.length();
        boolean isLong = start + 2 < n && text.charAt(start + 1) == quote && text.charAt(start + 2) == quote;
        int i = start + (isLong ? 3 : 1);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (!isLong) return i + 1;
                if (i + 2 < n && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote) return i + 3;
                i++;
            } else if (!isLong && (c == '\n' || c == '\r')) {
                return i; // not a string after all: the parser will say so
            } else {
                i++;
            }
        }
        return n;
    }

    /** Past an IRI in angle brackets, as SPARQL's tokenizer reads one; else past a lone {@code <} (less than). */
    private static int endOfIri(String text, int start) {
        int n = text.length();
        for (int i = start + 1; i < n; i++) {
            char c = text.charAt(i);
            if (c == '>') return i + 1;
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) return start + 1;
        }
        return start + 1;
    }

    /** Past a name: a keyword, prefixed name, variable name or number (which may hold '-', '.' or ':'). */
    private static int endOfName(String text, int start) {
        int i = start;
        while (i < text.length() && (isNameChar(text.charAt(i)) || "-.:%\\".indexOf(text.charAt(i)) >= 0)) i++;
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c > 0x7F;
    }
}

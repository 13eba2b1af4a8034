package org.apache.jena.sparql.expr;

import java.util.regex.Pattern;

/**
 * A test-only bridge for TopBraid SHACL 1.4.4, the newest release, built on Jena 5.2: its
 * {@code sh:pattern} executor calls {@code RegexJava.makeMask}, a class Jena 5.3 folded into
 * {@code RegexEngine}. Same flags as Jena 5.2's (XPath {@code fn:matches}: i, m, s, x, q). Delete
 * it when TopBraid publishes a release on the Jena line we use.
 */
public final class RegexJava {

    private RegexJava() {}

    public static int makeMask(String modifiers) {
        if (modifiers == null) return 0;
        int mask = 0;
        for (char modifier : modifiers.toCharArray()) {
            mask |= switch (modifier) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException("Unsupported regex modifier: '" + modifier + "'");
            };
        }
        return mask;
    }
}

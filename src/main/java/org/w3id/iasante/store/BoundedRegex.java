package org.w3id.iasante.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.FN_Matches;
import org.apache.jena.sparql.function.library.FN_StrReplace;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.MappedLoader;
import org.apache.jena.sparql.util.Symbol;

/**
 * Regular expressions that stop when their query's time is up. Java's regex engine backtracks
 * without bound ({@code REGEX("aaaa…", "(.*a){30}")} runs for minutes) and never looks at a timeout;
 * Jena even runs it while planning, when it folds constant expressions. Here each match reads its
 * text through a {@link CharSequence} that checks, every few thousand characters read, the query's
 * deadline and cancel signal, and the query then ends as timed out.
 *
 * <p>For one query, {@link #optimizer()} replaces {@code REGEX}, {@code REPLACE}, {@code fn:matches},
 * {@code fn:replace} and their {@code sparql:} names with bounded equivalents before Jena's own
 * optimizer (and its constant folding) runs; {@link #propertyFunctions()} does the same for
 * {@code apf:strSplit}, and {@link #functions()} stops {@code java:} IRIs from loading unbounded
 * ones. They read the deadline from the query's context ({@link #DEADLINE}).
 */
final class BoundedRegex {

    /** The query's deadline, in {@link System#nanoTime()} units, in its execution context. */
    static final Symbol DEADLINE = Symbol.create("urn:x-ia-sante:sparql:deadline");

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";
    private static final Set<String> MATCHES = Set.of(FN + "matches", SPARQL + "regex");
    private static final Set<String> REPLACES = Set.of(FN + "replace", SPARQL + "replace");
    private static final String JAVA = ARQConstants.javaClassURIScheme;

    /** Characters read between two looks at the clock. */
    private static final int CHECK_EVERY = 4096;

    private BoundedRegex() {}

    /** When a query must stop: its deadline passed or it was cancelled (timeout, client gone). */
    record Budget(long deadline, AtomicBoolean cancelled) {

        static Budget of(Context context) {
            Object deadline = context == null ? null : context.get(DEADLINE);
            return new Budget(
                    deadline instanceof Long nanos ? nanos : Long.MAX_VALUE,
                    context == null ? null : Context.getCancelSignal(context));
        }

        void check() {
            if ((cancelled != null && cancelled.get()) || System.nanoTime() - deadline > 0) {
                throw new QueryCancelledException();
            }
        }
    }

    /** Jena's standard optimizer, run after the regular expressions have been made bounded. */
    static RewriteFactory optimizer() {
        return context -> {
            Budget budget = Budget.of(context);
            return op -> Optimize.stdOptimizationFactory.create(context).rewrite(bounded(op, budget));
        };
    }

    /**
     * Jena's functions, without those a {@code java:} IRI would load by class name (e.g. an
     * unbounded {@code FN_Matches}); those of its own libraries ({@code afn:}) still load.
     */
    static FunctionRegistry functions() {
        FunctionRegistry standard = FunctionRegistry.get();
        return new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return uri.startsWith(JAVA) || isMatches(uri) || isReplace(uri) ? null : standard.get(uri);
            }
        };
    }

    /** Jena's property functions, none loaded by a {@code java:} IRI, and {@code apf:strSplit} bounded. */
    static PropertyFunctionRegistry propertyFunctions() {
        PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
        return new PropertyFunctionRegistry() {
            @Override
            public boolean manages(String uri) {
                return !uri.startsWith(JAVA) && standard.manages(uri);
            }

            @Override
            public PropertyFunctionFactory get(String uri) {
                if (uri.startsWith(JAVA)) return null;
                if (mapsTo(uri, strSplit.class)) return u -> new StrSplit();
                return standard.get(uri);
            }
        };
    }

    /** Whether {@code uri} names {@code fn:matches} or {@code sparql:regex}, or loads Jena's class for them. */
    private static boolean isMatches(String uri) {
        return MATCHES.contains(uri) || mapsTo(uri, FN_Matches.class);
    }

    private static boolean isReplace(String uri) {
        return REPLACES.contains(uri) || mapsTo(uri, FN_StrReplace.class);
    }

    /** Whether Jena would load {@code implementation} for {@code uri} (e.g. {@code afn:FN_Matches}). */
    private static boolean mapsTo(String uri, Class<?> implementation) {
        String mapped = uri.startsWith(JAVA) ? null : MappedLoader.mapDynamicURI(uri);
        return (JAVA + implementation.getName()).equals(mapped);
    }

    static Op bounded(Op op, Budget budget) {
        return Transformer.transform(new TransformCopy(), new Substitution(budget), op);
    }

    /** {@code find} of {@code pattern} in {@code text}, within the budget. */
    static boolean find(Pattern pattern, String text, Budget budget) {
        try {
            return pattern.matcher(new Budgeted(text, budget)).find();
        } catch (StackOverflowError e) {
            throw tooComplex(pattern);
        }
    }

    private static QueryDeniedException tooComplex(Pattern pattern) {
        return new QueryDeniedException("The regular expression \"" + pattern.pattern()
                + "\" is too complex for the text it is matched against (it overflows the matcher's stack)."
                + " Simplify it, e.g. avoid a repeated alternation such as (a|b)* over long texts.");
    }

    private static Pattern compile(String function, NodeValue pattern, NodeValue flags) {
        String flagString = flags == null
                ? null
                : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
        if (flagString != null && !flagString.matches("[smixq]*")) {
            throw new ExprEvalException(function + ": only s, m, i, x and q are flags, got \"" + flagString + "\"");
        }
        return RegexEngine.makePattern(
                function,
                NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm(),
                flagString);
    }

    private static boolean isString(Expr expr) {
        return expr == null || (expr.isConstant() && expr.getConstant().isString());
    }

    /** A text whose reader checks the budget as it goes: backtracking reads characters, again and again. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final Budget budget;
        private int untilCheck = 1;

        Budgeted(String text, Budget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (--untilCheck == 0) {
                untilCheck = CHECK_EVERY;
                budget.check();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Swaps each regular-expression function for its bounded equivalent. */
    private static final class Substitution extends ExprTransformCopy {
        private final Budget budget;

        Substitution(Budget budget) {
            this.budget = budget;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof Regex || func instanceof Replace) return super.transform(func, args);
            int n = args.size();
            if (func instanceof E_Regex) return regex(args);
            if (func instanceof E_StrReplace) return replace(args);
            if (func instanceof E_Function call) {
                if (isMatches(call.getFunctionIRI()) && (n == 2 || n == 3)) return regex(args);
                if (isReplace(call.getFunctionIRI()) && (n == 3 || n == 4)) return replace(args);
            }
            return super.transform(func, args);
        }

        private Expr regex(ExprList args) {
            return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, budget);
        }

        private Expr replace(ExprList args) {
            return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, budget);
        }
    }

    /** SPARQL's {@code REGEX}, bounded. */
    static final class Regex extends E_Regex {
        private final Pattern pattern;
        private final Budget budget;

        Regex(Expr text, Expr pattern, Expr flags, Budget budget) {
            super(text, pattern, flags);
            this.budget = budget;
            this.pattern = isString(pattern) && isString(flags)
                    ? compile("REGEX", pattern.getConstant(), flags == null ? null : flags.getConstant())
                    : null;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = pattern != null ? pattern : compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(find(p, text.getLiteralLexicalForm(), budget));
        }

        @Override
        public Expr copy(ExprList args) {
            return new Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, budget);
        }
    }

    /** SPARQL's {@code REPLACE}, bounded; as Jena's, it replaces an empty match only when it is the first. */
    static final class Replace extends E_StrReplace {
        private final Pattern pattern;
        private final Budget budget;

        Replace(Expr text, Expr pattern, Expr replacement, Expr flags, Budget budget) {
            super(text, pattern, replacement, flags);
            this.budget = budget;
            this.pattern = isString(pattern) && isString(flags)
                    ? compile("REPLACE", pattern.getConstant(), flags == null ? null : flags.getConstant())
                    : null;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2))
                    .getLiteralLexicalForm();
            Pattern p =
                    pattern != null ? pattern : compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            String lexical = text.getLiteralLexicalForm();
            String replaced;
            try {
                replaced = replaceAll(p.matcher(new Budgeted(lexical, budget)), replacement);
            } catch (StackOverflowError e) {
                throw tooComplex(p);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (replaced == null || replaced.equals(lexical)) return args.get(0);
            return NodeValue.makeNode(
                    NodeFactory.createLiteral(replaced, text.getLiteralLanguage(), text.getLiteralDatatype()));
        }

        private static String replaceAll(Matcher matcher, String replacement) {
            StringBuilder out = null;
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(out, replacement);
            }
            if (out == null) return null;
            matcher.appendTail(out);
            return out.toString();
        }

        @Override
        public Expr copy(ExprList args) {
            return new Replace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, budget);
        }
    }

    /** ARQ's {@code apf:strSplit}, bounded: its regular expression splits the text. */
    static final class StrSplit extends strSplit {
        @Override
        public QueryIterator execEvaluated(
                Binding binding, Node subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
            if (!object.getArg(0).isLiteral() || !object.getArg(1).isLiteral()) {
                return QueryIterPlainWrapper.create(List.<Binding>of().iterator(), execCxt);
            }
            String regex = object.getArg(1).getLiteralLexicalForm();
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new QueryDeniedException("apf:strSplit: not a regular expression: " + e.getDescription());
            }
            Budget budget = Budget.of(execCxt.getContext());
            List<String> tokens = new ArrayList<>();
            try {
                for (String token : pattern.split(new Budgeted(object.getArg(0).getLiteralLexicalForm(), budget))) {
                    tokens.add(token.trim());
                }
            } catch (StackOverflowError e) {
                throw tooComplex(pattern);
            }
            List<Binding> results = new ArrayList<>();
            if (Var.isVar(subject)) {
                Var var = Var.alloc(subject);
                for (String token : tokens) {
                    results.add(BindingFactory.binding(binding, var, NodeFactory.createLiteralString(token)));
                }
            } else if (Util.isSimpleString(subject) && tokens.contains(subject.getLiteralLexicalForm())) {
                results.add(binding);
            }
            return QueryIterPlainWrapper.create(results.iterator(), execCxt);
        }
    }
}

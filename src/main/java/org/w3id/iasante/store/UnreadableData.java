package org.w3id.iasante.store;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.ReaderRIOTFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;

/**
 * While a Graph Store upload is read ({@link #whileReadingAnUpload}), every RDF reader Jena has fails
 * as a {@link RiotException} whose message says what is wrong with the data, and names no class.
 * Fuseki answers a RiotException of an upload with 400; the RDF/JSON reader's JSON errors, the
 * Protobuf reader's, and the stack overflow of Turtle, TriG, N3 and JSON-LD on data nested a few
 * thousand levels deep were 500s (with the exception's class and message, or nothing), and Thrift's
 * 400 named its exception class. The readers are wrapped in Jena's registry, which is the JVM's, so
 * outside an upload the wrapper steps aside: the knowledge files' and the loader's own failures
 * (a file's line and column, a relative IRI) reach their callers as they were thrown.
 */
final class UnreadableData {

    private static final ThreadLocal<Boolean> UPLOAD = ThreadLocal.withInitial(() -> false);

    /** A leading {@code com.example.SomeException: } in a message, as {@code Throwable.toString} writes it. */
    private static final Pattern CLASS_PREFIX =
            Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)[\\w$]*:\\s*");

    private UnreadableData() {}

    /** Wraps the reader of every registered syntax, once (the registry is the JVM's). */
    static synchronized void install() {
        List<Lang> triples = new ArrayList<>(RDFParserRegistry.registeredLangTriples());
        List<Lang> quads = new ArrayList<>(RDFParserRegistry.registeredLangQuads());
        for (Lang lang : triples) wrap(lang, false);
        for (Lang lang : quads) wrap(lang, true);
    }

    private static void wrap(Lang lang, boolean quads) {
        ReaderRIOTFactory factory = RDFParserRegistry.getFactory(lang);
        if (factory == null || factory instanceof Checked) return;
        Checked checked = new Checked(factory);
        if (quads) RDFParserRegistry.registerLangQuads(lang, checked);
        else RDFParserRegistry.registerLangTriples(lang, checked);
    }

    /** Runs {@code upload} with its reading failures turned into a 400's plain message. */
    static void whileReadingAnUpload(Runnable upload) {
        UPLOAD.set(true);
        try {
            upload.run();
        } finally {
            UPLOAD.remove();
        }
    }

    /** What a failure says about the data, without the class names of the reader's exceptions. */
    static String message(Lang lang, Throwable failure) {
        Throwable cause = failure;
        String message = failure.getMessage();
        while ((message == null || CLASS_PREFIX.matcher(message).find()) && cause.getCause() != null) {
            cause = cause.getCause();
            message = cause.getMessage();
        }
        if (message == null) return "The data is not valid " + lang.getLabel() + ".";
        return "The data is not valid " + lang.getLabel() + ": "
                + CLASS_PREFIX.matcher(message).replaceAll("");
    }

    private record Checked(ReaderRIOTFactory factory) implements ReaderRIOTFactory {
        @Override
        public ReaderRIOT create(Lang lang, org.apache.jena.riot.system.ParserProfile profile) {
            ReaderRIOT reader = factory.create(lang, profile);
            return new ReaderRIOT() {
                @Override
                public void read(InputStream in, String base, ContentType type, StreamRDF output, Context context) {
                    checked(lang, () -> reader.read(in, base, type, output, context));
                }

                @Override
                public void read(Reader in, String base, ContentType type, StreamRDF output, Context context) {
                    checked(lang, () -> reader.read(in, base, type, output, context));
                }
            };
        }
    }

    private static void checked(Lang lang, Runnable read) {
        if (!UPLOAD.get()) {
            read.run();
            return;
        }
        try {
            read.run();
        } catch (RiotException e) {
            if (e.getMessage() != null && !CLASS_PREFIX.matcher(e.getMessage()).find()) throw e;
            throw new RiotException(message(lang, e), e);
        } catch (StackOverflowError e) {
            // Thrown while descending into the data: the stack is whole again here.
            throw new RiotException("The data is nested too deeply to be read as " + lang.getLabel()
                    + ": flatten its nested blank nodes, lists, arrays or elements.");
        } catch (RuntimeException e) {
            throw new RiotException(message(lang, e), e);
        }
    }
}

package org.w3id.iasante.hdh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Our own Turtle files that the import adds to what it reads (beside this class on the classpath):
 * they describe things no input states, so they are knowledge of ours, kept as files. They live
 * here rather than in {@code data/} because their statements belong inside the import's graphs and
 * exist only with it; the import's digest covers their bytes, so an edit is imported again.
 */
final class MappingFiles {

    /** The source document each graph of the import names ({@link SourceDocuments}). */
    static final String SOURCE_DOCUMENTS = "source-documents.ttl";
    /** The catalogue the SNDS tables and products belong to. */
    static final String CATALOG = "catalog.ttl";
    /** The links our team draws between the roadmap and the HDH metadata, each with its reasoning. */
    static final String CURATED_LINKS = "curated-links.ttl";
    /** Our labels for a table's schema and a foreign key, which the inputs name by codes only ({@link CuratedLabels}). */
    static final String CURATED_LABELS = "curated-labels.ttl";

    static final List<String> ALL = List.of(SOURCE_DOCUMENTS, CATALOG, CURATED_LINKS, CURATED_LABELS);

    private MappingFiles() {}

    static Model read(String name) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new java.io.ByteArrayInputStream(bytes(name)))
                .lang(Lang.TURTLE)
                .parse(model);
        return model;
    }

    static byte[] bytes(String name) {
        try (InputStream in = MappingFiles.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

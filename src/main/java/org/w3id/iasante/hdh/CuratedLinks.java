package org.w3id.iasante.hdh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The links between the roadmap and the HDH metadata that no source states as such, but that our
 * team draws ({@code curated-links.ttl}): each on {@code ias:curatedRelation} (never on a property
 * the sources use) and each with its reasoning, in a graph of their own whose source document is
 * of kind C. Removing that graph removes them all.
 */
final class CuratedLinks {

    private CuratedLinks() {}

    static Model build() {
        Model model = ModelFactory.createDefaultModel();
        SourceDocuments.ours(model, "curation-hdh-links");
        try (InputStream in = CuratedLinks.class.getResourceAsStream("curated-links.ttl")) {
            if (in == null) throw new IllegalStateException("curated-links.ttl is missing from the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}

package org.w3id.iasante.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.w3id.iasante.query.SearchWords;

/**
 * Synthetic data shaped like the Health Data Hub import (products, tables, variables with
 * descriptions and code lists, foreign keys, département codes with their regions), with the same
 * IRIs and predicates, so every catalogue query runs on it; deterministic for a given size. A
 * question's answer keeps its size as the data grows where the real one would (one rare word, the
 * départements), so that latency growth shows the query plan, not a bigger answer.
 */
final class SyntheticData {

    static final String GRAPH = "https://w3id.org/ia-sante/graph/synthetic-hdh";
    private static final String ID = "https://w3id.org/ia-sante/id/";
    /** As rare as in the real dictionary: in a fixed number of variables, so its answer keeps its size as data grows. */
    static final String RARE_WORD = "naissance";

    static final int RARE_WORD_VARIABLES = 60;
    private static final String[] WORDS = {
        "décès",
        "séjour",
        "acte",
        "prestation",
        "bénéficiaire",
        "établissement",
        "date",
        "montant",
        "code",
        "région",
        "département",
        "diagnostic",
        "médicament",
        "hospitalisation",
        "soins"
    };

    private SyntheticData() {}

    /** Writes about {@code triples} triples as N-Quads; returns the exact count. */
    static long write(Path file, long triples) {
        Random random = new Random(42);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Quads quads = new Quads(out);
            written += source(quads);
            written += departements(quads);
            int table = 0;
            while (written < triples) {
                String code = String.format("T%06d", table);
                String product = ID + "snds-product/synthetic-" + (table / 20);
                String tableIri = ID + "snds-table/" + code;
                String schema = ID + "snds-table-schema/" + code;
                if (table % 20 == 0) {
                    written += quads.iri(product, RDF_TYPE, DCAT + "Dataset");
                    written += quads.text(product, DCT + "identifier", "SYNTH_" + (table / 20), null);
                }
                written += quads.iri(tableIri, RDF_TYPE, DCAT + "Dataset");
                written += quads.iri(tableIri, RDF_TYPE, CSVW + "Table");
                written += quads.text(tableIri, DCT + "identifier", code, null);
                written += quads.text(tableIri, DCT + "title", "Table synthétique " + words(random, 3), "fr");
                written += quads.iri(tableIri, DCT + "isPartOf", product);
                written += quads.iri(product, DCT + "hasPart", tableIri);
                written += quads.iri(tableIri, CSVW + "tableSchema", schema);
                String codeList = ID + "snds-code-list/SYN_" + (table / 10) + "_V";
                if (table % 10 == 0) {
                    written += quads.iri(codeList, RDF_TYPE, SKOS + "ConceptScheme");
                    written += quads.text(codeList, DCT + "identifier", "SYN_" + (table / 10) + "_V", null);
                    written += quads.text(codeList, SKOS + "prefLabel", "Nomenclature " + words(random, 2), "fr");
                    for (int value = 0; value < 20; value++) {
                        String concept = ID + "snds-code/SYN_" + (table / 10) + "_V--" + value;
                        written += quads.iri(concept, RDF_TYPE, SKOS + "Concept");
                        written += quads.iri(concept, SKOS + "inScheme", codeList);
                        written += quads.text(concept, SKOS + "notation", Integer.toString(value), null);
                        written += quads.text(concept, SKOS + "prefLabel", words(random, 2), "fr");
                    }
                }
                for (int v = 0; v < 25; v++) {
                    String name = "V" + v + "_" + code;
                    String variable = ID + "snds-variable/" + code + "--" + name;
                    written += quads.iri(variable, RDF_TYPE, CSVW + "Column");
                    written += quads.text(variable, CSVW + "name", name, null);
                    written += quads.iri(variable, CSVW + "datatype", "http://www.w3.org/2001/XMLSchema#string");
                    String description = words(random, 6);
                    if (v == 1 && table < RARE_WORD_VARIABLES) description = "Date de " + RARE_WORD + " " + description;
                    written += quads.text(variable, DCT + "description", description, "fr");
                    // The import's word index (graph hdh-search-words), here in the synthetic graph.
                    for (String word : SearchWords.indexed(name + " " + description))
                        written += quads.text(variable, IAS + "mentionsWord", word, null);
                    written += quads.iri(variable, DCT + "isPartOf", tableIri);
                    written += quads.iri(schema, CSVW + "column", variable);
                    if (v % 5 == 0) written += quads.iri(variable, IAS + "codeList", codeList);
                }
                if (table > 0) {
                    String key = ID + "snds-foreign-key/" + code + "--1";
                    written += quads.iri(key, RDF_TYPE, CSVW + "ForeignKey");
                    written += quads.iri(key, IAS + "fromTable", tableIri);
                    written += quads.iri(
                            key, IAS + "toTable", ID + "snds-table/" + String.format("T%06d", random.nextInt(table)));
                    written += quads.text(key, CSVW + "columnReference", "V0_" + code, null);
                    written += quads.text(key, IAS + "referencedColumns", "V0", null);
                }
                table++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * The graph names its source, as each graph of the real import does: the catalogue's questions
     * across sources then read it as one, at its size, instead of passing it over.
     */
    private static long source(Quads quads) throws IOException {
        String source = ID + "source/synthetic-hdh";
        return quads.iri(source, RDF_TYPE, IAS + "SourceDocument")
                + quads.iri(source, DCT + "type", ID + "source-kind/P")
                + quads.text(
                        source, DCT + "title", "Données synthétiques à la forme de l'import du Health Data Hub", "fr");
    }

    private static long departements(Quads quads) throws IOException {
        long written = 0;
        String scheme = ID + "snds-code-list/IR_DPT_V";
        written += quads.iri(scheme, RDF_TYPE, SKOS + "ConceptScheme");
        String[][] sample = {{"069", "84"}, {"075", "11"}, {"02A", "94"}, {"971", "01"}, {"013", "93"}};
        for (String[] d : sample) {
            String concept = ID + "snds-code/IR_DPT_V--" + d[0];
            written += quads.iri(concept, SKOS + "inScheme", scheme);
            written += quads.text(concept, SKOS + "notation", d[0], null);
            written += quads.text(concept, SKOS + "prefLabel", "Département " + d[0], "fr");
            written += quads.iri(concept, IAS + "inRegion", "http://id.insee.fr/geo/region/" + d[1]);
        }
        return written;
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return text.toString();
    }

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String CSVW = "http://www.w3.org/ns/csvw#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String IAS = "https://w3id.org/ia-sante/def#";

    /** Writes N-Quads lines into the synthetic graph. */
    private record Quads(BufferedWriter out) {
        long iri(String s, String p, String o) throws IOException {
            out.write("<" + s + "> <" + p + "> <" + o + "> <" + GRAPH + "> .\n");
            return 1;
        }

        long text(String s, String p, String value, String lang) throws IOException {
            String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
            out.write("<" + s + "> <" + p + "> \"" + escaped + "\"" + (lang == null ? "" : "@" + lang) + " <" + GRAPH
                    + "> .\n");
            return 1;
        }
    }
}

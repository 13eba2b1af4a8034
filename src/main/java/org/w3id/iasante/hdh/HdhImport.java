package org.w3id.iasante.hdh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.load.GraphImport;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.ontology.IaSanteIris;
import org.w3id.iasante.query.JenaTerms;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.validation.KnowledgeValidator;
import org.w3id.iasante.validation.Violation;

/**
 * The Health Data Hub metadata, read and mapped to RDF in memory, one named graph per source
 * repository plus one for the links our team draws from the roadmap and one for the word index
 * derived from the schema; validated before anything is written. The store then replaces those graphs in one transaction ({@link Loader#replace}).
 */
public final class HdhImport {

    /** Name under which the import's graphs are recorded in the store's load state. */
    public static final String ORIGIN = "hdh";

    public static final String SCHEMA_GRAPH = IaSanteIris.GRAPH + "hdh-schema-snds";
    public static final String DICTIONARY_GRAPH = IaSanteIris.GRAPH + "hdh-dico-snds";
    public static final String VOCABULARIES_GRAPH = IaSanteIris.GRAPH + "hdh-healthdcat-ap-vocabularies";
    public static final String LINKS_GRAPH = IaSanteIris.GRAPH + "hdh-curated-links";
    public static final String WORDS_GRAPH = IaSanteIris.GRAPH + "hdh-search-words";

    /** Every graph an import writes. */
    public static final Set<String> GRAPHS =
            Set.of(SCHEMA_GRAPH, DICTIONARY_GRAPH, VOCABULARIES_GRAPH, LINKS_GRAPH, WORDS_GRAPH);

    public static final String HDH_SHAPES = IaSanteIris.BASE + "def/hdh-shapes";

    /**
     * Raise it with every change of what the Java mapping writes, so that stores re-import unchanged inputs; also
     * when the ARS list of the knowledge changes ({@link ArsRegions}), which the digest does not cover.
     */
    static final int MAPPING_VERSION = 3;

    private final Map<String, Graph> graphs;
    private final Counts counts;
    private final String digest;
    private final String healthDcatAp;

    /**
     * What was read.
     *
     * @param products SNDS products
     * @param tables SNDS tables
     * @param variables SNDS variables (columns)
     * @param foreignKeys foreign keys between tables
     * @param codeLists distinct code lists, referred to or present
     * @param codes values of the code lists present
     * @param departements départements in the département list
     * @param departementsInARegion of which in a region that has an ARS
     * @param vocabularies HealthDCAT-AP vocabularies
     * @param concepts their terms
     */
    public record Counts(
            int products,
            int tables,
            int variables,
            int foreignKeys,
            int codeLists,
            int codes,
            int departements,
            int departementsInARegion,
            int vocabularies,
            int concepts) {}

    private HdhImport(Map<String, Graph> graphs, Counts counts, String digest, String healthDcatAp) {
        this.graphs = graphs;
        this.counts = counts;
        this.digest = digest;
        this.healthDcatAp = healthDcatAp;
    }

    /**
     * Reads every input and checks the result against our HDH shapes and the knowledge's own shapes.
     *
     * @param knowledge the knowledge files: their shapes (HDH and general), term declarations, and the data
     *     the import's graphs refer to (the HDH organisation, the kinds of source, our team)
     * @throws HdhInputException for a missing, malformed or incomplete input, or output that breaks the shapes
     */
    public static HdhImport read(HdhFiles files, KnowledgeBase knowledge) {
        Provenance schemaOrigin = Provenance.of(files.root(), "schema-snds", "indsante/schema-snds");
        Provenance dicoOrigin = Provenance.of(files.root(), "dico-snds", "indsante/dico-snds");
        Provenance modelOrigin =
                Provenance.of(files.root(), "healthdcat-ap", "davidouagne/datahub-healthdcat-ap-exporter");

        Model schema = model();
        Resource schemaSource = SourceDocuments.upstream(schema, "hdh-schema-snds", schemaOrigin);
        Resource catalog = schema.add(MappingFiles.read(MappingFiles.CATALOG))
                .createResource(IaSanteIris.ID + "hdh-catalog/schema-snds");
        SndsSchemaReader tables = new SndsSchemaReader(files);
        List<String> codeLists = tables.read(schema, catalog, schemaSource);
        CodeListReader lists = new CodeListReader(files, tables, ArsRegions.in(knowledge));
        lists.values(schema, schemaSource);

        Model dictionary = model();
        Resource dicoSource = SourceDocuments.upstream(dictionary, "hdh-dico-snds", dicoOrigin);
        lists.schemes(dictionary, codeLists, dicoSource);

        Model vocabularies = model();
        Resource modelSource = SourceDocuments.upstream(vocabularies, "hdh-healthdcat-ap-vocabularies", modelOrigin);
        VocabularyReader vocabularyReader = new VocabularyReader(files);
        vocabularyReader.read(vocabularies, modelSource);

        // The links our team draws, in a graph of their own whose document is of kind C: removing it removes them all.
        Model links = model();
        SourceDocuments.ours(links, "curation-hdh-links");
        links.add(MappingFiles.read(MappingFiles.CURATED_LINKS));

        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put(SCHEMA_GRAPH, schema.getGraph());
        graphs.put(DICTIONARY_GRAPH, dictionary.getGraph());
        graphs.put(VOCABULARIES_GRAPH, vocabularies.getGraph());
        graphs.put(LINKS_GRAPH, links.getGraph());
        graphs.put(WORDS_GRAPH, WordIndex.of(schema).getGraph());

        validate(graphs, knowledge);
        Counts counts = new Counts(
                tables.products,
                tables.tables,
                tables.variables,
                tables.foreignKeys,
                lists.codeLists(),
                lists.codes,
                lists.departements,
                lists.departementsInARegion,
                vocabularyReader.vocabularies,
                vocabularyReader.concepts);
        return new HdhImport(graphs, counts, digestOf(files), healthDcatAp(files, schema.getGraph()));
    }

    public Map<String, Graph> graphs() {
        return graphs;
    }

    /** The graphs as the store's write side takes them ({@link Loader#replace}). */
    public GraphImport asImport() {
        Map<String, List<TermTriple>> triples = new LinkedHashMap<>();
        graphs.forEach((name, graph) -> triples.put(name, JenaTerms.triples(graph)));
        return new GraphImport(ORIGIN, digest, triples);
    }

    public Counts counts() {
        return counts;
    }

    /**
     * What the import's graphs depend on: the inputs, the mapping's version and our own files
     * ({@link MappingFiles}: source documents, catalogue, curated links). A store that holds an import of the same inputs by an
     * older mapping is re-imported.
     */
    public static String digestOf(HdhFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((files.digest() + "\nmapping " + MAPPING_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (String file : MappingFiles.ALL) digest.update(MappingFiles.bytes(file));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The import's digest ({@link #digestOf}): the same inputs and mapping make the same import. */
    public String digest() {
        return digest;
    }

    public long triples() {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }

    /** What the HealthDCAT-AP shapes say of the SNDS datasets (informative: they describe a richer catalogue record). */
    public String healthDcatAp() {
        return healthDcatAp;
    }

    public String describe(Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return String.format(
                java.util.Locale.ROOT,
                "HDH import: %d products, %d tables, %d variables, %d foreign keys, %d code lists (%d values), %d départements"
                        + " (%d in a region with an ARS), %d vocabularies (%d terms); %,d triples in %d graphs, read in %.2f s (%,.0f triples/s)%n%s",
                counts.products(),
                counts.tables(),
                counts.variables(),
                counts.foreignKeys(),
                counts.codeLists(),
                counts.codes(),
                counts.departements(),
                counts.departementsInARegion(),
                counts.vocabularies(),
                counts.concepts(),
                triples(),
                graphs.size(),
                seconds,
                triples() / seconds,
                healthDcatAp);
    }

    /**
     * The import's graphs with the knowledge, against our HDH shapes and the shapes every source's
     * graph meets (labels in both languages, sources, source documents…). Only what the import
     * describes is judged: a fault of the knowledge files is for their own validation to report.
     */
    private static void validate(Map<String, Graph> graphs, KnowledgeBase knowledge) {
        Graph hdhShapes = knowledge.ontology().stream()
                .filter(s -> s.graphName().equals(HDH_SHAPES))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No ontology file declares <" + HDH_SHAPES + ">: ontology/hdh-shapes.ttl is missing"))
                .graph();
        Graph union = knowledge.unionForValidation();
        graphs.values().forEach(g -> g.find().forEach(union::add));
        Function<Node, List<String>> describing = node -> graphs.entrySet().stream()
                .filter(e -> e.getValue().contains(node, Node.ANY, Node.ANY))
                .map(Map.Entry::getKey)
                .toList();
        List<Violation> violations = new ArrayList<>();
        for (Graph shapes : List.of(hdhShapes, knowledge.shapes())) {
            KnowledgeValidator.validate(shapes, union, describing).violations().stream()
                    .filter(v -> !v.files().isEmpty())
                    .forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new HdhInputException(
                    "(HDH import)",
                    violations.size() + " shape violation(s); nothing imported:\n"
                            + new org.w3id.iasante.validation.ValidationReport(violations)
                                    .describe("en")
                                    .lines()
                                    .limit(20)
                                    .collect(Collectors.joining("\n")));
        }
    }

    private static String healthDcatAp(HdhFiles files, Graph schema) {
        if (!java.nio.file.Files.isRegularFile(files.healthDcatApShapes()))
            return "HealthDCAT-AP shapes: not found, not applied";
        try {
            Graph shapesGraph = GraphFactory.createDefaultGraph();
            RDFParser.source(files.healthDcatApShapes()).parse(shapesGraph);
            ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), schema);
            long focusNodes = report.getEntries().stream()
                    .map(e -> e.focusNode())
                    .distinct()
                    .count();
            return "HealthDCAT-AP shapes (informative): " + report.getEntries().size() + " result(s) on " + focusNodes
                    + " resource(s); they require catalogue-record details (contact point, access rights…) the SNDS schema does not give";
        } catch (RuntimeException e) {
            return "HealthDCAT-AP shapes: could not be applied (" + e.getMessage() + ")";
        }
    }

    private static Model model() {
        return ModelFactory.createDefaultModel();
    }
}

package org.w3id.iasante.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.knowledge.KnowledgeParser;
import org.w3id.iasante.knowledge.ParsedSource;
import org.w3id.iasante.query.QueryCatalogue;

/** The repository's own ontology, data and queries, as tests read them (from the working tree). */
public final class RepositoryKnowledge {

    /** Maven runs tests from the repository root. */
    public static final Path ROOT = Path.of("").toAbsolutePath();

    /** The team's HDH metadata snapshot, beside the checkout; override with -Dias.hdh-dir=… */
    public static final Path HDH = Path.of(
            System.getProperty("ias.hdh-dir", ROOT.resolve("../shared/hdh").toString()));

    /**
     * The setting that makes an application test import {@link #HDH}: the same text in every class
     * that uses it, so that Spring's test-context cache gives them one context (one import).
     */
    public static final String WITH_HDH = "ias.hdh.location=${ias.hdh-dir:../shared/hdh}";

    private static KnowledgeBase knowledge;
    private static DatasetGraph dataset;
    private static DatasetGraph datasetWithHdh;
    private static org.w3id.iasante.hdh.HdhImport hdhImport;

    private RepositoryKnowledge() {}

    public static KnowledgeLocation location() {
        return KnowledgeLocation.directory(ROOT);
    }

    public static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) knowledge = KnowledgeBase.read(location());
        return knowledge;
    }

    public static QueryCatalogue catalogue() {
        return QueryCatalogue.load(location());
    }

    /** The repository's knowledge in an in-memory TDB2 dataset with union default graph; shared, read-only. */
    public static synchronized DatasetGraph dataset() {
        if (dataset == null) dataset = knowledge().toInMemoryDataset();
        return dataset;
    }

    public static boolean hdhAvailable() {
        return Files.isDirectory(HDH.resolve("schema-snds"));
    }

    /** The HDH snapshot, imported once (read and validated) for the tests that need it. */
    public static synchronized org.w3id.iasante.hdh.HdhImport hdh() {
        if (hdhImport == null) {
            hdhImport = org.w3id.iasante.hdh.HdhImport.read(org.w3id.iasante.hdh.HdhFiles.in(HDH), knowledge());
        }
        return hdhImport;
    }

    /** The repository's knowledge and the HDH import, in memory, as the served store would hold them. */
    public static synchronized DatasetGraph datasetWithHdh() {
        if (datasetWithHdh == null) {
            DatasetGraph built = knowledge().toInMemoryDataset();
            Txn.executeWrite(
                    built,
                    () -> hdh().graphs().forEach((name, graph) -> {
                        org.apache.jena.graph.Node node = org.apache.jena.graph.NodeFactory.createURI(name);
                        graph.find().forEach(t -> built.add(node, t.getSubject(), t.getPredicate(), t.getObject()));
                    }));
            datasetWithHdh = built;
        }
        return datasetWithHdh;
    }

    /** The dataset a catalogue query is meant for: with the HDH import when it requires it. */
    public static DatasetGraph datasetFor(org.w3id.iasante.query.CatalogueQuery query) {
        return query.requires().contains("hdh") ? datasetWithHdh() : dataset();
    }

    /** The repository's knowledge plus extra data files (test fixtures), freshly parsed. */
    public static KnowledgeBase knowledgeWith(Path... extraDataFiles) {
        List<ParsedSource> data = new ArrayList<>(knowledge().data());
        for (Path file : extraDataFiles) {
            data.add(KnowledgeParser.parse(
                    KnowledgeFile.of("data/" + file.getFileName(), KnowledgeFile.Kind.DATA, read(file))));
        }
        return new KnowledgeBase(knowledge().ontology(), data);
    }

    /**
     * The rows, every term resolved inside the read transaction: TDB2 bindings resolve their
     * terms lazily, and once the transaction ends an unresolved term reads as unbound.
     */
    public static RowSet select(DatasetGraph dsg, Query query) {
        return Txn.calculateRead(dsg, () -> {
            RowSet rows = QueryExec.dataset(dsg).query(query).select();
            List<org.apache.jena.sparql.engine.binding.Binding> resolved = new ArrayList<>();
            rows.forEachRemaining(row -> {
                org.apache.jena.sparql.engine.binding.BindingBuilder copy =
                        org.apache.jena.sparql.engine.binding.BindingBuilder.create();
                row.vars().forEachRemaining(v -> copy.add(v, row.get(v)));
                resolved.add(copy.build());
            });
            return org.apache.jena.sparql.exec.RowSetStream.create(rows.getResultVars(), resolved.iterator());
        });
    }

    public static boolean ask(DatasetGraph dsg, Query query) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(query).ask());
    }

    public static Graph construct(DatasetGraph dsg, Query query) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(query).construct());
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

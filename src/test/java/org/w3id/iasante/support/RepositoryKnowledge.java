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

    private static KnowledgeBase knowledge;
    private static DatasetGraph dataset;

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

    /** The repository's knowledge plus extra data files (test fixtures), freshly parsed. */
    public static KnowledgeBase knowledgeWith(Path... extraDataFiles) {
        List<ParsedSource> data = new ArrayList<>(knowledge().data());
        for (Path file : extraDataFiles) {
            data.add(KnowledgeParser.parse(
                    KnowledgeFile.of("data/" + file.getFileName(), KnowledgeFile.Kind.DATA, read(file))));
        }
        return new KnowledgeBase(knowledge().ontology(), data);
    }

    public static RowSet select(DatasetGraph dsg, Query query) {
        return Txn.calculateRead(
                dsg, () -> QueryExec.dataset(dsg).query(query).select().materialize());
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

package org.w3id.iasante.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.iasante.knowledge.InvalidKnowledgeFileException;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.knowledge.KnowledgeParser;
import org.w3id.iasante.knowledge.ParsedSource;
import org.w3id.iasante.validation.KnowledgeValidator;
import org.w3id.iasante.validation.ValidationReport;
import org.w3id.iasante.validation.Violation;

/**
 * Brings the store in line with the knowledge files: a file whose hash is unchanged is left
 * alone; a new or changed file replaces its graph, after the whole would-be knowledge has been
 * validated; a file that does not parse or breaks the shapes is rejected and its graph, if the
 * store has one, is kept. All writes happen in one transaction.
 */
final class KnowledgeSync {

    private KnowledgeSync() {}

    static SyncReport sync(DatasetGraph dataset, List<KnowledgeFile> files) {
        Map<String, LoadedFile> state = Txn.calculateRead(dataset, () -> LoadState.read(dataset));
        List<SyncReport.Rejection> rejected = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, ParsedSource> changed = new LinkedHashMap<>();
        // The store's version of each file kept as it is, read out only if a change must be validated against it.
        Map<KnowledgeFile, LoadedFile> kept = new LinkedHashMap<>();

        for (KnowledgeFile file : files) {
            LoadedFile loaded = state.get(file.name());
            if (loaded != null && loaded.sha256().equals(file.sha256())) {
                unchanged.add(file.name());
                kept.put(file, loaded);
                continue;
            }
            try {
                changed.put(file.name(), KnowledgeParser.parse(file));
            } catch (InvalidKnowledgeFileException e) {
                rejected.add(new SyncReport.Rejection(file.name(), List.of(e.getMessage())));
                if (loaded != null) kept.put(file, loaded);
            }
        }

        if (!changed.isEmpty()) {
            Map<String, ParsedSource> current = new LinkedHashMap<>();
            kept.forEach((file, loaded) -> current.put(file.name(), storedVersion(dataset, file, loaded)));
            rejectChangesThatBreakTheShapes(changed, current, rejected);
        }

        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(f.name()));
        // Only graphs loaded from knowledge files are this sync's to remove (not an HDH import's).
        List<String> gone = state.values().stream()
                .filter(l ->
                        l.fileName().startsWith("ontology/") || l.fileName().startsWith("data/"))
                .filter(l -> !present.contains(l.fileName()))
                .map(LoadedFile::graphName)
                .toList();

        List<LoadedFile> loaded = new ArrayList<>();
        if (changed.isEmpty() && gone.isEmpty()) {
            // Nothing to write: no transaction, so the data version stays what it was.
            return new SyncReport(loaded, unchanged, rejected, gone);
        }
        EmbeddedLoader.inOneTransaction(dataset, now -> {
            for (ParsedSource source : changed.values()) {
                Node name = NodeFactory.createURI(source.graphName());
                dataset.removeGraph(name);
                source.graph().find().forEach(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                LoadedFile file = new LoadedFile(
                        source.file().name(),
                        source.graphName(),
                        source.file().sha256(),
                        source.graph().size());
                LoadState.record(dataset, file, now);
                loaded.add(file);
            }
            for (String graph : gone) {
                dataset.removeGraph(NodeFactory.createURI(graph));
                LoadState.forget(dataset, graph);
            }
        });
        return new SyncReport(loaded, unchanged, rejected, gone);
    }

    /**
     * Validates the knowledge as it would be after loading; changed files named by a violation
     * are set aside (their old graph stays) and the rest is validated again, until it conforms.
     */
    private static void rejectChangesThatBreakTheShapes(
            Map<String, ParsedSource> changed, Map<String, ParsedSource> current, List<SyncReport.Rejection> rejected) {
        while (!changed.isEmpty()) {
            Map<String, ParsedSource> candidate = new LinkedHashMap<>(current);
            candidate.putAll(changed);
            ValidationReport report;
            try {
                report = KnowledgeValidator.validate(knowledgeBase(candidate.values()));
            } catch (RuntimeException e) {
                // For example no shapes file, or two files sharing a graph: nothing can be checked, so nothing loads.
                changed.keySet().forEach(f -> rejected.add(new SyncReport.Rejection(f, List.of(e.getMessage()))));
                changed.clear();
                return;
            }
            if (report.conforms()) return;
            List<String> culprits =
                    report.failingFiles().stream().filter(changed::containsKey).toList();
            List<String> toReject = culprits.isEmpty() ? List.copyOf(changed.keySet()) : culprits;
            for (String file : toReject) {
                List<String> problems = report.violations().stream()
                        .filter(v -> culprits.isEmpty() || v.files().contains(file))
                        .map(KnowledgeSync::problem)
                        .toList();
                rejected.add(new SyncReport.Rejection(file, problems));
                changed.remove(file);
            }
        }
    }

    private static String problem(Violation violation) {
        return violation.describe("en");
    }

    private static KnowledgeBase knowledgeBase(java.util.Collection<ParsedSource> sources) {
        List<ParsedSource> ontology = new ArrayList<>();
        List<ParsedSource> data = new ArrayList<>();
        for (ParsedSource source : sources) {
            (source.file().kind() == KnowledgeFile.Kind.ONTOLOGY ? ontology : data).add(source);
        }
        return new KnowledgeBase(ontology, data);
    }

    /** The graph as the store holds it, copied out, standing for the file it was loaded from. */
    private static ParsedSource storedVersion(DatasetGraph dataset, KnowledgeFile file, LoadedFile loaded) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(
                dataset,
                () -> dataset.getGraph(NodeFactory.createURI(loaded.graphName()))
                        .find()
                        .forEach(copy::add));
        return new ParsedSource(file, loaded.graphName(), copy);
    }
}

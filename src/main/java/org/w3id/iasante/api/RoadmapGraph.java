package org.w3id.iasante.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.QueryCatalogue;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.store.DataVersion;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.store.GraphStore;
import org.w3id.iasante.store.RemoteStore;
import org.w3id.iasante.store.RemoteStoreProperties;

/**
 * The AI-in-health roadmap graph, as typed Java values: open it embedded (a TDB2 folder, or the
 * repository's files in memory) or remote (any SPARQL 1.1 endpoint), and ask the same questions.
 *
 * <p>Every answer comes from a query of the catalogue ({@code queries/}); labels come in the
 * language asked for, or the other one when missing. Every method is one SPARQL request.
 *
 * <pre>{@code
 * try (RoadmapGraph graph = RoadmapGraph.inMemory()) {
 *     for (Priority p : graph.priorities(Language.EN)) System.out.println(p.rank() + ". " + p.label());
 * }
 * }</pre>
 *
 * @throws org.w3id.iasante.store.QueryTimeoutException from any method, when a query runs too long
 * @throws org.w3id.iasante.store.GraphUnavailableException from any method, when the store cannot be reached
 */
public interface RoadmapGraph extends AutoCloseable {

    /** The TDB2 store in {@code folder} as it is (the application's {@code store/}), no time limit. */
    static RoadmapGraph openStore(Path folder) {
        return openStore(folder, Duration.ZERO);
    }

    /** The TDB2 store in {@code folder}, each query limited to {@code queryTimeout} (zero: none). */
    static RoadmapGraph openStore(Path folder, Duration queryTimeout) {
        return CatalogueRoadmapGraph.owning(
                EmbeddedStore.open(folder, queryTimeout), QueryCatalogue.load(KnowledgeLocation.classpath()));
    }

    /** The knowledge files packaged with this library, validated and held in memory. */
    static RoadmapGraph inMemory() {
        return inMemory(KnowledgeLocation.classpath());
    }

    /** The knowledge files of a folder holding {@code ontology/}, {@code data/}, {@code queries/}, in memory. */
    static RoadmapGraph inMemory(Path knowledgeFolder) {
        return inMemory(KnowledgeLocation.directory(knowledgeFolder));
    }

    private static RoadmapGraph inMemory(KnowledgeLocation location) {
        return CatalogueRoadmapGraph.owning(
                EmbeddedStore.inMemory(KnowledgeBase.read(location), Duration.ZERO), QueryCatalogue.load(location));
    }

    /** A SPARQL 1.1 query endpoint whose default graph is the union of the named graphs. */
    static RoadmapGraph remote(URI queryEndpoint) {
        return remote(RemoteStoreProperties.of(queryEndpoint));
    }

    /** A SPARQL endpoint with credentials and time limits. */
    static RoadmapGraph remote(RemoteStoreProperties endpoint) {
        return CatalogueRoadmapGraph.owning(
                RemoteStore.connect(endpoint), QueryCatalogue.load(KnowledgeLocation.classpath()));
    }

    /** Over a store someone else opened and will close (the application's own). */
    static RoadmapGraph over(GraphStore store, QueryCatalogue catalogue) {
        return new CatalogueRoadmapGraph(store, catalogue, false);
    }

    /** The four priorities, in the source's order. */
    List<Priority> priorities(Language language);

    /** The main objectives, by label. */
    List<Objective> objectives(Language language);

    /** The funding programmes, largest first. */
    List<Programme> programmes(Language language);

    /** The sum of the programmes' amounts, one per currency. */
    List<Amount> totalFunding();

    /** The governance bodies with their roles, by name. */
    List<Actor> actors(Language language);

    /** The timeline's phases in date order, each with its actions. */
    List<Phase> phases(Language language);

    /** The legal acts the roadmap refers to, with what refers to each. */
    List<LegalAct> legalActs(Language language);

    /**
     * Where what the graph says about {@code iri} comes from: one entry per source graph and section.
     *
     * @throws UnknownResourceException when the graph says nothing about it
     */
    List<SourceStatement> sourcesOf(String iri, Language language);

    /** The catalogue of questions, with their titles and parameters. */
    List<CatalogueQuery> catalogue();

    /**
     * Runs a catalogue SELECT query by name with its parameters bound (values are terms, never text).
     *
     * @throws org.w3id.iasante.query.UnknownQueryException when no query has that name
     * @throws IllegalArgumentException when a parameter is not one of the query's
     */
    ResultRows select(String queryName, Map<String, Term> parameters);

    /** Runs a catalogue ASK query by name. */
    boolean ask(String queryName, Map<String, Term> parameters);

    /** Runs a catalogue CONSTRUCT query by name. */
    List<TermTriple> construct(String queryName, Map<String, Term> parameters);

    /** Where the graph is: a folder, memory, or an endpoint URL. */
    String describe();

    @Override
    void close();

    /**
     * The version of the data being served: changes whenever the data may have changed, so what
     * is made from the graph (pages, an index, HTTP ETags) can be kept until then.
     */
    DataVersion dataVersion();

    /**
     * Hands every triple of the named graph {@code graphIri} to {@code action}, a few thousand at a
     * time (one request per page), so that the graph is never held whole. Pages follow the store's
     * own order of the graph, stable while its data is: compare {@link #dataVersion()} before and after.
     *
     * @return how many triples were handed over
     */
    long forEachTriple(String graphIri, Consumer<TermTriple> action);
}

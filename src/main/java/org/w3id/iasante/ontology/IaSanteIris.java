package org.w3id.iasante.ontology;

/** The project's IRI space: one persistent base, instances under {@code id/}, graphs under {@code graph/}. */
public final class IaSanteIris {

    /** The persistent base of every IRI we mint (a w3id.org redirect). */
    public static final String BASE = "https://w3id.org/ia-sante/";

    /** Instances: {@code id/<type>/<slug>}. */
    public static final String ID = BASE + "id/";

    /** Named graphs, one per source: {@code graph/<source>}. */
    public static final String GRAPH = BASE + "graph/";

    /** The graph that records, for each named graph loaded from a file, the file and its hash. */
    public static final String LOAD_STATE_GRAPH = BASE + "meta/load-state";

    private IaSanteIris() {}

    /** The named graph a data file's facts belong to, by the file's name without extension. */
    public static String graphForSource(String sourceName) {
        return GRAPH + sourceName;
    }
}

package org.w3id.iasante.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a catalogue question is about, declared in its header ({@code # topic: sources}): the
 * editor and the SPARQL examples group the questions by it, in this order.
 */
public enum QueryTopic {
    /** The strategy itself: priorities, actors, programmes, deadlines, legal acts. */
    ROADMAP,
    /** The sources: who says what, where they agree and disagree. */
    SOURCES,
    /** The Health Data Hub metadata (SNDS tables and variables) and its ties to the roadmap. */
    HDH,
    /** The model and the graphs: the ontology's terms, the named graphs, plain W3C views. */
    MODEL,
    /** Checks on the graph: every row a check returns is a defect. */
    CHECKS,
    /** The site's and the application's own queries ({@code queries/site/}, {@code queries/system/}): never listed. */
    SITE;

    /** As written in a query's header: {@code roadmap}, {@code sources}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static QueryTopic ofCode(String fileName, String code) {
        return Arrays.stream(values())
                .filter(topic -> topic.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(fileName + ": '# topic: " + code
                        + "' names no topic; one of "
                        + Arrays.stream(values()).map(QueryTopic::code).collect(Collectors.joining(", "))));
    }
}

package org.w3id.iasante.linkeddata.dataset;

import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the dumps of one synthetic graph of the size asked for, into the folder given: run by
 * {@link DumpsTests} in a JVM with a small heap, where holding a dump whole would run out of memory.
 */
final class DumpsHeapProbe {

    private DumpsHeapProbe() {}

    public static void main(String[] args) {
        SyntheticGraph data = new SyntheticGraph().withGraph("graph/large", Long.parseLong(args[1]));
        Dumps dumps = new Dumps(data.asRoadmapGraph(), SyntheticGraph.BASE, Map.of(), Path.of(args[0]));
        System.out.println(dumps.all());
    }
}

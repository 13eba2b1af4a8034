package org.w3id.iasante.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A SPARQL server the benchmark measures, ours or stock Fuseki, in its own process or in this one. */
public interface Server extends AutoCloseable {

    /** Which server. */
    enum Kind {
        /** This application (Spring Boot + Fuseki with our defaults, the site on another port). */
        OURS,
        /** Apache Jena Fuseki's own command, same version, union default graph, same timeout. */
        STOCK
    }

    /**
     * What a start reported, whichever way the server runs.
     *
     * @param queryUrl the SPARQL query endpoint, on the port the server bound
     * @param siteUrl the linked-data site (ours only, otherwise null)
     * @param startToFirstAnswer from the start of the launch to the first SPARQL answer
     */
    record Started(String queryUrl, String siteUrl, Duration startToFirstAnswer) {}

    Started started();

    default String queryUrl() {
        return started().queryUrl();
    }

    default String siteUrl() {
        return started().siteUrl();
    }

    default Duration startToFirstAnswer() {
        return started().startToFirstAnswer();
    }

    /** The peak resident memory so far of the process that runs the server, in MiB, or -1 when unknown. */
    long peakMemoryMiB();

    @Override
    void close();

    /** A process's peak resident memory so far, in MiB (Linux /proc), or -1 when unknown. */
    static long peakMemoryMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

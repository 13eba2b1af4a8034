package org.w3id.iasante.load;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a synchronisation of the store with the knowledge files did.
 *
 * @param loaded files whose graph was (re)loaded, because new or changed
 * @param unchanged files whose graph was already up to date
 * @param rejected files that could not be loaded, each with why; the graph already in the store is kept
 * @param removed graphs dropped because their file is gone
 */
public record SyncReport(
        List<LoadedFile> loaded, List<String> unchanged, List<Rejection> rejected, List<String> removed) {

    public SyncReport {
        loaded = List.copyOf(loaded);
        unchanged = List.copyOf(unchanged);
        rejected = List.copyOf(rejected);
        removed = List.copyOf(removed);
    }

    /** A file that was not loaded, and every reason why (parse error with line, or shape violations). */
    public record Rejection(String fileName, List<String> problems) {
        public Rejection {
            problems = List.copyOf(problems);
        }
    }

    public boolean clean() {
        return rejected.isEmpty();
    }

    /** A few lines for the log: counts, then each rejected file with its problems. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(loaded.size())
                .append(" file(s) loaded, ")
                .append(unchanged.size())
                .append(" unchanged, ")
                .append(rejected.size())
                .append(" rejected, ")
                .append(removed.size())
                .append(" graph(s) removed");
        for (LoadedFile file : loaded) {
            text.append("\n  loaded ")
                    .append(file.fileName())
                    .append(" -> <")
                    .append(file.graphName())
                    .append("> (")
                    .append(file.triples())
                    .append(" triples)");
        }
        for (Rejection rejection : rejected) {
            text.append("\n  REJECTED ")
                    .append(rejection.fileName())
                    .append(" (the graph already in the store is kept):")
                    .append(rejection.problems().stream().map(p -> "\n    " + p).collect(Collectors.joining()));
        }
        for (String graph : removed) {
            text.append("\n  removed <").append(graph).append("> (its file is gone)");
        }
        return text.toString();
    }
}

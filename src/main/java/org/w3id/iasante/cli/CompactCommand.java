package org.w3id.iasante.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.iasante.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = "Rewrites the store without the space its replaced data still takes (TDB2 never reuses it),"
                + " as a new generation switched to atomically, then removes the old one.")
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        String before = generation(store.store);
        try (EmbeddedStore opened = EmbeddedStore.open(store.store)) {
            // TDB2's compaction writes a new generation of the database and switches to it atomically:
            // interrupted, the store is the old generation, whole. The old one is then deleted.
            DatabaseMgr.compact(opened.dataset(), true);
        }
        // Sizes are not printed: TDB2's files are sparse, so their length says nothing of the disk
        // they take (du does: 23 MB -> 2.6 MB for 5 000 triples edited in 200 transactions).
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Compacted %s: %s rewritten as %s, the old generation removed.%n",
                        store.store,
                        before,
                        generation(store.store));
        return 0;
    }

    /** The newest TDB2 generation folder (Data-0001, Data-0002…) of the store. */
    private static String generation(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("Data-\\d+"))
                    .max(String::compareTo)
                    .orElse("(no generation yet)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

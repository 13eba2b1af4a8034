package org.w3id.iasante.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.iasante.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description =
                "Writes a consistent, gzipped N-Quads backup of the store under <store>/Backups/ and prints its path.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (EmbeddedStore opened = EmbeddedStore.open(store.store)) {
            // A consistent N-Quads backup of the live store, gzipped, under Backups/.
            Path backup = Path.of(DatabaseMgr.backup(opened.dataset()));
            spec.commandLine().getOut().println(backup);
        }
        return 0;
    }
}

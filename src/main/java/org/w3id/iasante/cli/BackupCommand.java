package org.w3id.iasante.cli;

import java.util.concurrent.Callable;
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
            spec.commandLine().getOut().println(opened.backup());
        }
        return 0;
    }
}

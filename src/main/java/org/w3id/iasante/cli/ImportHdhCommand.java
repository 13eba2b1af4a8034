package org.w3id.iasante.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.iasante.hdh.HdhFiles;
import org.w3id.iasante.hdh.HdhImport;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import-hdh",
        mixinStandardHelpOptions = true,
        description = {
            "Imports the Health Data Hub metadata (SNDS dictionary, code lists, HealthDCAT-AP vocabularies) into the store.",
            "Validated first, then written in one transaction; importing the same inputs again changes nothing."
        })
final class ImportHdhCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    KnowledgeOption knowledge;

    @Parameters(
            paramLabel = "DIR",
            description =
                    "The HDH metadata folder (e.g. ../shared/hdh), or a folder of clones of the upstream repositories")
    Path folder;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        HdhFiles files = HdhFiles.in(folder);
        try (EmbeddedStore opened = EmbeddedStore.open(store.store)) {
            Loader loader = Loader.into(opened);
            if (loader.holdsImport(HdhImport.ORIGIN, HdhImport.digestOf(files), HdhImport.GRAPHS)) {
                spec.commandLine()
                        .getOut()
                        .println("Unchanged since the last import (same inputs and mapping): nothing written to "
                                + opened.location());
                return 0;
            }
            HdhImport hdh = HdhImport.read(files, KnowledgeBase.read(knowledge.location()));
            Duration read = Duration.ofNanos(System.nanoTime() - start);
            loader.replace(hdh.asImport());
            spec.commandLine().getOut().println(hdh.describe(read));
            spec.commandLine()
                    .getOut()
                    .println("Imported into " + opened.location() + " in "
                            + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        }
        return 0;
    }
}

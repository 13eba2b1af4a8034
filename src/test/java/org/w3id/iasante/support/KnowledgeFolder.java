package org.w3id.iasante.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.knowledge.KnowledgeLocation;

/** A writable copy of the repository's ontology/ and data/ folders, for tests that change files. */
public final class KnowledgeFolder {

    private final Path root;

    private KnowledgeFolder(Path root) {
        this.root = root;
    }

    public static KnowledgeFolder copyOfRepository(Path into) {
        try {
            for (String folder : List.of("ontology", "data", "queries")) {
                Path target = Files.createDirectories(into.resolve(folder));
                try (Stream<Path> files = Files.list(RepositoryKnowledge.ROOT.resolve(folder))) {
                    for (Path file : files.toList()) {
                        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return new KnowledgeFolder(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public List<KnowledgeFile> files() {
        return KnowledgeLocation.directory(root).allFiles();
    }

    /** Replaces {@code target} in the text of a file, failing when it is absent (a stale test). */
    public void edit(String relative, String target, String replacement) {
        try {
            Path file = file(relative);
            String text = Files.readString(file);
            if (!text.contains(target)) throw new IllegalStateException(relative + " does not contain: " + target);
            Files.writeString(file, text.replace(target, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copyIn(Path source, String relative) {
        try {
            Files.copy(source, file(relative), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relative) {
        try {
            Files.delete(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

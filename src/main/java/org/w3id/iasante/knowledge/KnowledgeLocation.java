package org.w3id.iasante.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the knowledge files live: a folder holding {@code ontology/}, {@code data/} and
 * {@code queries/} (the repository itself), or the copy of those folders packaged in the jar.
 */
public final class KnowledgeLocation {

    /** Folder inside the jar (and on the test classpath) where the build copies the three folders. */
    public static final String CLASSPATH_ROOT = "classpath:ia-sante/";

    private final String root;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    private KnowledgeLocation(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    /** A folder such as the repository root. */
    public static KnowledgeLocation directory(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute.resolve("ontology"))) {
            throw new IllegalArgumentException("No ontology/ folder in " + absolute
                    + ": point the knowledge location at a folder holding ontology/, data/ and queries/");
        }
        return new KnowledgeLocation(absolute.toUri().toString());
    }

    /** The copy packaged with the application. */
    public static KnowledgeLocation classpath() {
        return new KnowledgeLocation(CLASSPATH_ROOT);
    }

    /** A Spring resource location ({@code classpath*:…/} or {@code file:…/}). */
    public static KnowledgeLocation of(String location) {
        return new KnowledgeLocation(location);
    }

    public List<KnowledgeFile> ontologyFiles() {
        return read("ontology", "*.ttl", KnowledgeFile.Kind.ONTOLOGY);
    }

    public List<KnowledgeFile> dataFiles() {
        return read("data", "*.trig", KnowledgeFile.Kind.DATA);
    }

    /** Ontology files first, then data files, each group by name. */
    public List<KnowledgeFile> allFiles() {
        List<KnowledgeFile> all = new ArrayList<>(ontologyFiles());
        all.addAll(dataFiles());
        return all;
    }

    /** Every {@code queries/*.rq} file as (file name, text), by name. */
    public List<NamedText> queryFiles() {
        return queryFiles("queries");
    }

    /** Every {@code .rq} file of a folder, e.g. {@code queries/system}, by name. */
    public List<NamedText> queryFiles(String folder) {
        return resources(folder, "*.rq").stream()
                .map(r -> new NamedText(folder + "/" + r.getFilename(), new String(bytes(r), UTF_8)))
                .toList();
    }

    /** One text file by its path under the location, e.g. {@code data/dataset.ttl}. */
    public NamedText textFile(String path) {
        return new NamedText(path, new String(bytes(resolver.getResource(root + path)), UTF_8));
    }

    @Override
    public String toString() {
        return root;
    }

    /** A text file and its name. */
    public record NamedText(String name, String text) {}

    private List<KnowledgeFile> read(String folder, String pattern, KnowledgeFile.Kind kind) {
        return resources(folder, pattern).stream()
                .map(r -> KnowledgeFile.of(folder + "/" + r.getFilename(), kind, bytes(r)))
                .toList();
    }

    private List<Resource> resources(String folder, String pattern) {
        try {
            Resource[] found = resolver.getResources(root + folder + "/" + pattern);
            List<Resource> sorted = new ArrayList<>(List.of(found));
            sorted.removeIf(r -> !r.isReadable());
            sorted.sort(Comparator.comparing(Resource::getFilename));
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + "/" + pattern + " in " + root, e);
        }
    }

    private static byte[] bytes(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }
}

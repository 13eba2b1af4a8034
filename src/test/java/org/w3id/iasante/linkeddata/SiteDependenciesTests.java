package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.iasante.api.RoadmapGraph;

/**
 * The site and the JSON API reach the graph through {@link RoadmapGraph}, as the README says: no
 * class of {@code linkeddata} or {@code rest} uses a type of {@code store} beyond those
 * {@code RoadmapGraph}'s own contract names (the data version it returns, the failures it throws).
 *
 * <p>Read from the compiled classes, whose constant pool names every type a class uses (in
 * descriptors and signatures too), so an unused import does not count and a fully qualified name
 * in the code does.
 */
class SiteDependenciesTests {

    private static final Pattern STORE_TYPE = Pattern.compile("org/w3id/iasante/store/([A-Za-z0-9_$]+)");

    /** The store types that {@link RoadmapGraph}'s methods return or throw. */
    private static final Set<String> CONTRACT =
            Set.of("DataVersion", "QueryTimeoutException", "GraphUnavailableException");

    /**
     * The dataset feature (VoID, dumps) is moving to {@code linkeddata.dataset} on a branch of its
     * own, which brings it to {@code RoadmapGraph} too; it is held to this rule once it is there.
     */
    private static final Set<String> DATASET_FEATURE =
            Set.of("DatasetController", "DatasetDescription", "DatasetCitation", "Dumps");

    @Test
    void siteAndApiClassesUseNoStoreTypeBeyondRoadmapGraphsContract() {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path classFile : classesOf("org.w3id.iasante.linkeddata", "org.w3id.iasante.rest")) {
            String name = classFile.getFileName().toString().replaceFirst("[$.].*", "");
            if (classFile.toString().contains("/linkeddata/dataset/") || DATASET_FEATURE.contains(name)) continue;
            Set<String> store = storeTypes(classFile);
            store.removeAll(CONTRACT);
            if (!store.isEmpty()) used.put(classFile.toString(), store);
        }
        assertThat(used).as("store types used by site or API classes").isEmpty();
    }

    @Test
    void theRuleSeesAStoreTypeWhereOneIsUsed() {
        // RoadmapGraph itself opens stores: if the scan missed it, the rule above would prove nothing.
        Path roadmapGraph = classesOf("org.w3id.iasante.api").stream()
                .filter(p -> p.getFileName().toString().equals("RoadmapGraph.class"))
                .findFirst()
                .orElseThrow();
        assertThat(storeTypes(roadmapGraph)).contains("EmbeddedStore", "GraphStore", "DataVersion");
    }

    @Test
    void theRuleReadsEverySiteFeature() {
        Set<String> packages = new TreeSet<>();
        for (Path classFile : classesOf("org.w3id.iasante.linkeddata")) {
            packages.add(classFile.getParent().getFileName().toString());
        }
        assertThat(packages).contains("linkeddata", "page", "strategy", "search", "vocabulary", "editor");
    }

    /** The main classes of these packages and their sub-packages. */
    private static List<Path> classesOf(String... packages) {
        return Stream.of(packages)
                .flatMap(name -> {
                    Path folder = mainClasses().resolve(name.replace('.', '/'));
                    try (Stream<Path> files = Files.walk(folder)) {
                        return files.filter(p -> p.toString().endsWith(".class")).toList().stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    private static Path mainClasses() {
        try {
            return Path.of(RoadmapGraph.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> storeTypes(Path classFile) {
        try {
            // Type names in a constant pool are ASCII here, so a byte-for-byte reading finds them.
            String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            Set<String> found = new TreeSet<>();
            Matcher matcher = STORE_TYPE.matcher(bytes);
            while (matcher.find()) found.add(matcher.group(1).replaceFirst("\\$.*", ""));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

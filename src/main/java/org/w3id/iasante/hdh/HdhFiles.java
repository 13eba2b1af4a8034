package org.w3id.iasante.hdh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the HDH inputs are, in the layout of the team's snapshot ({@code schema-snds/},
 * {@code dico-snds/}, {@code hdh-metadata-catalogue-model/}) or side by side as clones of the
 * upstream repositories ({@code schema-snds/}, {@code dico-snds/} with its {@code app/app_data/},
 * {@code datahub-healthdcat-ap-exporter/} with its {@code vocab/} and {@code shapes/ehds/}).
 */
public record HdhFiles(
        Path root, Path schemas, Path nomenclatures, Path dico, Path vocabularies, Path healthDcatApShapes) {

    public static HdhFiles in(Path root) {
        Path folder = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new HdhInputException(
                    root.toString(), "no such folder: point import-hdh (or ias.hdh.location) at the HDH metadata");
        }
        Path schemaRepo = folder.resolve("schema-snds");
        Path dico = first(folder.resolve("dico-snds/app/app_data"), folder.resolve("dico-snds"));
        Path model =
                first(folder.resolve("hdh-metadata-catalogue-model"), folder.resolve("datahub-healthdcat-ap-exporter"));
        HdhFiles files = new HdhFiles(
                folder,
                schemaRepo.resolve("schemas"),
                schemaRepo.resolve("nomenclatures"),
                dico,
                model.resolve("vocab"),
                first(
                        model.resolve("hdap-validator-sensitivity-shape.ttl"),
                        model.resolve("shapes/ehds/hdap-validator-sensitivity-shape.ttl")));
        for (Path required : List.of(files.schemas, files.nomenclatures, files.dico, files.vocabularies)) {
            if (!Files.isDirectory(required)) {
                throw new HdhInputException(
                        required.toString(),
                        "missing folder: expected the SNDS schema, code lists, dictionary"
                                + " and HealthDCAT-AP vocabularies under " + folder);
            }
        }
        return files;
    }

    /** Every input file, in a stable order: what the import reads and what its digest covers. */
    public List<Path> all() {
        try (Stream<Path> paths =
                Stream.of(schemas, nomenclatures, dico, vocabularies).flatMap(HdhFiles::walk)) {
            List<Path> files = paths.filter(Files::isRegularFile).sorted().toList();
            return Files.isRegularFile(healthDcatApShapes)
                    ? Stream.concat(files.stream(), Stream.of(healthDcatApShapes))
                            .toList()
                    : files;
        }
    }

    /** SHA-256 over the names and contents of every input: unchanged inputs, unchanged import. */
    public String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : all()) {
                digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name of a file relative to the root, for messages. */
    public String name(Path file) {
        return root.relativize(file).toString();
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path first(Path preferred, Path fallback) {
        return Files.exists(preferred) ? preferred : fallback;
    }
}

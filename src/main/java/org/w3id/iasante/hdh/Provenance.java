package org.w3id.iasante.hdh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each input repository comes from, as the snapshot's {@code SOURCE.md} states it
 * (repository and commit, licence). Without that note, the provenance says "not stated".
 */
record Provenance(String repository, Optional<String> commit, Optional<String> licence) {

    private static final Pattern ORIGIN = Pattern.compile("github `([^`]+)`, commit\\s+`([0-9a-f]{40})`");
    private static final Pattern LICENCE = Pattern.compile("(?m)^- \\*\\*Licence:\\*\\*\\s*(.*)$");

    /**
     * The licences we know how to name (source-documents.ttl), by their English names. A licence
     * counts only when the note's "Licence:" line starts with one, i.e. states it as the licence of
     * the repository the files come from: "the exporter repository is Apache License 2.0 … no
     * licence is stated inside the copied data files" names the exporter's, not the files'.
     */
    private static final Map<String, String> LICENCES = SourceDocuments.licencesByName();

    /** The origin of the repository whose name contains {@code key}, e.g. "schema-snds". */
    static Provenance of(Path root, String key, String defaultRepository) {
        Provenance unknown = new Provenance(defaultRepository, Optional.empty(), Optional.empty());
        Path note = root.resolve("SOURCE.md");
        if (!Files.isRegularFile(note)) return unknown;
        String text;
        try {
            text = Files.readString(note);
        } catch (IOException e) {
            return unknown;
        }
        // One section ("## …") per input folder: what a section says is about its repository only.
        for (String section : sections(text)) {
            Matcher origin = ORIGIN.matcher(section);
            if (origin.find() && origin.group(1).contains(key)) {
                return new Provenance(origin.group(1), Optional.of(origin.group(2)), licence(section));
            }
        }
        return unknown;
    }

    private static List<String> sections(String text) {
        return List.of(text.split("(?m)^(?=## )"));
    }

    private static Optional<String> licence(String section) {
        Matcher line = LICENCE.matcher(section);
        if (!line.find()) return Optional.empty();
        String stated = line.group(1).strip();
        return LICENCES.entrySet().stream()
                .filter(known -> stated.startsWith(known.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The repository at that commit on GitHub (or the repository itself when the commit is not known). */
    String url() {
        return "https://github.com/" + repository
                + commit.map(c -> "/tree/" + c).orElse("");
    }
}

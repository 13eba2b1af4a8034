package org.w3id.iasante.hdh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each input repository comes from, as the snapshot's {@code SOURCE.md} states it
 * (repository and commit, licence). Without that note, the provenance says "not stated".
 */
record Provenance(String repository, Optional<String> commit, Optional<String> licence) {

    private static final Pattern ORIGIN = Pattern.compile("github `([^`]+)`, commit\\s+`([0-9a-f]{40})`");

    /** The origin of the repository whose name contains {@code key}, e.g. "schema-snds". */
    static Provenance of(Path root, String key, String defaultRepository) {
        Path note = root.resolve("SOURCE.md");
        if (!Files.isRegularFile(note)) return new Provenance(defaultRepository, Optional.empty(), Optional.empty());
        String text;
        try {
            text = Files.readString(note);
        } catch (IOException e) {
            return new Provenance(defaultRepository, Optional.empty(), Optional.empty());
        }
        Matcher matcher = ORIGIN.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).contains(key)) {
                String section = text.substring(matcher.start(), Math.min(text.length(), matcher.start() + 1500));
                Optional<String> licence = section.contains("Mozilla Public License 2.0")
                        ? Optional.of("https://spdx.org/licenses/MPL-2.0.html")
                        : section.contains("Apache License 2.0")
                                ? Optional.of("https://spdx.org/licenses/Apache-2.0.html")
                                : Optional.empty();
                return new Provenance(matcher.group(1), Optional.of(matcher.group(2)), licence);
            }
        }
        return new Provenance(defaultRepository, Optional.empty(), Optional.empty());
    }

    /** The repository at that commit on GitHub (or the repository itself when the commit is not known). */
    String url() {
        return "https://github.com/" + repository
                + commit.map(c -> "/tree/" + c).orElse("");
    }
}

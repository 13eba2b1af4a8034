package org.w3id.iasante.validation;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of validating knowledge against the shapes: conforming when it lists no violation. */
public record ValidationReport(List<Violation> violations) {

    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** The files named by at least one violation. */
    public List<String> failingFiles() {
        return violations.stream()
                .flatMap(v -> v.files().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** One line per violation, messages in {@code language}. */
    public String describe(String language) {
        if (conforms()) return "conforms";
        return violations.stream().map(v -> v.describe(language)).collect(Collectors.joining("\n"));
    }
}

package org.w3id.iasante.validation;

import java.util.List;
import java.util.Map;

/**
 * One SHACL result, in plain words.
 *
 * @param focusNode the resource that breaks a shape (IRI, or a literal/blank node label)
 * @param path the property concerned, empty when the whole resource is concerned
 * @param value the offending value, empty when the problem is a missing value
 * @param severity {@code Violation}, {@code Warning} or {@code Info}
 * @param messages the shape's message by language tag ({@code fr}, {@code en})
 * @param files the knowledge files that describe the focus node, where to fix the problem
 */
public record Violation(
        String focusNode,
        String path,
        String value,
        String severity,
        Map<String, String> messages,
        List<String> files) {

    public Violation {
        messages = Map.copyOf(messages);
        files = List.copyOf(files);
    }

    /** The message in {@code language}, falling back to English, then French, then any. */
    public String message(String language) {
        String found = messages.get(language);
        if (found == null) found = messages.get("en");
        if (found == null) found = messages.get("fr");
        if (found == null) found = messages.values().stream().findFirst().orElse("(no message)");
        return found;
    }

    /** A one-line report: where, what, on which property and value. */
    public String describe(String language) {
        StringBuilder line = new StringBuilder();
        line.append(files.isEmpty() ? "(no file)" : String.join(", ", files));
        line.append(": <").append(focusNode).append(">");
        if (!path.isEmpty()) line.append(" ").append(path);
        line.append(": ").append(message(language));
        if (!value.isEmpty()) line.append(" [value: ").append(value).append("]");
        return line.toString();
    }
}

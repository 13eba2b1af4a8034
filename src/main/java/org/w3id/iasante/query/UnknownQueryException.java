package org.w3id.iasante.query;

import java.util.List;

/** Asked for a catalogue query that does not exist. */
public final class UnknownQueryException extends RuntimeException {

    public UnknownQueryException(String name, List<String> known) {
        super("No catalogue query named '" + name + "'. Known queries: " + String.join(", ", known));
    }
}

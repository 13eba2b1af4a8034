package org.w3id.iasante.store;

/** The graph's store cannot be reached or answered with a server error; the message names it. */
public class GraphUnavailableException extends RuntimeException {

    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

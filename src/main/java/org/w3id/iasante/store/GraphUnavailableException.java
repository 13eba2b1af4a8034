package org.w3id.iasante.store;

/** The graph's store cannot be reached or answered with a server error; the message names it. */
public class GraphUnavailableException extends RuntimeException {

    /** What a client over HTTP is told: the message itself names the engine's address. */
    public static final String FOR_CLIENTS = "The graph's store did not give a complete answer (it may be"
            + " restarting, overloaded or out of reach): try again in a minute.";

    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

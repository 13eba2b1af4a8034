package org.w3id.iasante.store;

/** A query ran past its time limit and was stopped. */
public final class QueryTimeoutException extends RuntimeException {

    /** What a client over HTTP is told: the message itself may name the store's folder. */
    public static final String FOR_CLIENTS = "The question ran past this service's time limit and was stopped:"
            + " ask a narrower one (a LIMIT, a more specific pattern), or try again later.";

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

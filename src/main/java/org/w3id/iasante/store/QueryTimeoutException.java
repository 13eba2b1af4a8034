package org.w3id.iasante.store;

/** A query ran past its time limit and was stopped. */
public final class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

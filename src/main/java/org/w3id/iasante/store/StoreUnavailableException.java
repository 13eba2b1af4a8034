package org.w3id.iasante.store;

/** The store cannot be opened or reached; the message says why and what to do. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

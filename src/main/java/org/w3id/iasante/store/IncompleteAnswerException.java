package org.w3id.iasante.store;

/**
 * The engine cut its answer short (Virtuoso's {@code ResultSetMaxRows}) and the rest could not be
 * fetched page by page: refused rather than passed on as if it were whole. The message says which
 * setting to raise.
 */
public final class IncompleteAnswerException extends GraphUnavailableException {

    public IncompleteAnswerException(String message) {
        super(message, null);
    }
}

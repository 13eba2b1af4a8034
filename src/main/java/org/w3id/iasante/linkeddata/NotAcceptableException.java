package org.w3id.iasante.linkeddata;

/** The client accepts none of the representations served; answered 406 in plain text whatever it accepts. */
public final class NotAcceptableException extends RuntimeException {

    NotAcceptableException(String message) {
        super(message);
    }
}

package org.w3id.iasante.linkeddata;

/** The client accepts none of the representations served; answered 406 in plain text whatever it accepts. */
final class NotAcceptableException extends RuntimeException {

    NotAcceptableException(String message) {
        super(message);
    }
}

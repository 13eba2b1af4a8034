package org.w3id.iasante.rest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.w3id.iasante.api.UnknownResourceException;
import org.w3id.iasante.query.UnknownQueryException;
import org.w3id.iasante.store.GraphUnavailableException;
import org.w3id.iasante.store.QueryTimeoutException;

/** The API's errors as RFC 9457 problem details, each status saying whose fault it is. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({UnknownResourceException.class, UnknownQueryException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A parameter that does not read as its type: say which, and what it takes (not the parser's words). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == Integer.class || type == int.class || type == Long.class || type == long.class
                ? "a whole number, e.g. 2027"
                : "a value of type " + (type == null ? "?" : type.getSimpleName());
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The parameter '" + e.getName() + "' takes " + expected + "; '" + e.getValue() + "' is not one.");
    }

    /** The details (the store, the engine's address, its own words) go to the log, not to the client. */
    @ExceptionHandler(QueryTimeoutException.class)
    ProblemDetail timeout(QueryTimeoutException e) {
        log.warn("{}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, QueryTimeoutException.FOR_CLIENTS);
    }

    @ExceptionHandler(GraphUnavailableException.class)
    ProblemDetail unavailable(GraphUnavailableException e) {
        log.warn("{}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, GraphUnavailableException.FOR_CLIENTS);
    }
}

package org.w3id.iasante.rest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.w3id.iasante.api.UnknownResourceException;
import org.w3id.iasante.query.UnknownQueryException;
import org.w3id.iasante.store.GraphUnavailableException;
import org.w3id.iasante.store.QueryTimeoutException;

/** The API's errors as RFC 9457 problem details, each status saying whose fault it is. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler({UnknownResourceException.class, UnknownQueryException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ProblemDetail timeout(QueryTimeoutException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(GraphUnavailableException.class)
    ProblemDetail unavailable(GraphUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
    }
}

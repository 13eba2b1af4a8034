package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.w3id.iasante.api.UnknownResourceException;
import org.w3id.iasante.store.GraphUnavailableException;
import org.w3id.iasante.store.QueryTimeoutException;

/** A reader's mistake on a page (an unknown language, say) is a 400 page, an unknown resource a 404 page. */
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e) {
        return new ModelAndView("error", Map.of("status", 400, "message", e.getMessage()), HttpStatus.BAD_REQUEST);
    }

    /**
     * A 406 cannot be negotiated (the client accepts nothing we make), so it is written as plain
     * text directly, listing what is served.
     */
    @ExceptionHandler(NotAcceptableException.class)
    void notAcceptable(NotAcceptableException e, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.NOT_ACCEPTABLE.value());
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(e.getMessage() + "\n");
    }

    /** As the JSON API: the details (the store, the engine's address) go to the log only. */
    @ExceptionHandler(QueryTimeoutException.class)
    ModelAndView timeout(QueryTimeoutException e) {
        log.warn("{}", e.getMessage());
        return page(HttpStatus.SERVICE_UNAVAILABLE, QueryTimeoutException.FOR_CLIENTS);
    }

    @ExceptionHandler(GraphUnavailableException.class)
    ModelAndView unavailable(GraphUnavailableException e) {
        log.warn("{}", e.getMessage());
        return page(HttpStatus.BAD_GATEWAY, GraphUnavailableException.FOR_CLIENTS);
    }

    private static ModelAndView page(HttpStatus status, String message) {
        return new ModelAndView("error", Map.of("status", status.value(), "message", message), status);
    }

    @ExceptionHandler(UnknownResourceException.class)
    ModelAndView notFound(UnknownResourceException e) {
        return new ModelAndView("error", Map.of("status", 404, "message", e.getMessage()), HttpStatus.NOT_FOUND);
    }
}

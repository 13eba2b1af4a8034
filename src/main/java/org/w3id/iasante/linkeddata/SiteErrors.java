package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.w3id.iasante.api.UnknownResourceException;

/** A reader's mistake on a page (an unknown language, say) is a 400 page, an unknown resource a 404 page. */
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e) {
        return new ModelAndView("error/4xx", Map.of("status", 400, "message", e.getMessage()), HttpStatus.BAD_REQUEST);
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

    @ExceptionHandler(UnknownResourceException.class)
    ModelAndView notFound(UnknownResourceException e) {
        return new ModelAndView("error/4xx", Map.of("status", 404, "message", e.getMessage()), HttpStatus.NOT_FOUND);
    }
}

package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.w3id.iasante.api.Language;

/**
 * Every error that reaches the container's error page (an exception no handler took, a status a
 * filter sent, {@code GET /error} asked for directly) answered the way the site answers mistakes:
 * the styled page for a browser, RFC 9457 problem details for everyone else. Never Spring Boot's
 * whitelabel page or its {@code "status": 999}, and a 5xx says only that the fault is ours: what
 * failed (an exception's message may name a folder or a class) goes to the log.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    static final String SERVER_FAULT =
            "The server failed to answer this request. The fault is ours, not the request's, and it has been logged.";

    private final ErrorAttributes errors;

    ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, Locale locale) {
        Failure failure = failure(request);
        Map<String, Object> model = new HashMap<>();
        model.put("status", failure.status().value());
        // A 404's page says it in the reader's language; the English detail would only repeat it.
        model.put("message", failure.status() == HttpStatus.NOT_FOUND ? null : failure.message());
        // The page that failed in the other language (the request's own URI is the error page's).
        model.put(
                "langSwitch",
                failure.path() + "?lang=" + Language.of(locale).other().tag());
        return new ModelAndView("error", model, failure.status());
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        Failure failure = failure(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), failure.message());
        // The page that failed, not the error page the container forwarded to.
        problem.setInstance(URI.create(failure.path()));
        return ResponseEntity.status(failure.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** What to tell the client: the status, and a message only when the client can act on it. */
    record Failure(HttpStatus status, String message, String path) {}

    private Failure failure(HttpServletRequest request) {
        ServletWebRequest web = new ServletWebRequest(request);
        Map<String, Object> attributes = errors.getErrorAttributes(
                web, ErrorAttributeOptions.defaults().including(ErrorAttributeOptions.Include.MESSAGE));
        Object code = attributes.get("status");
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        String path = attributes.get("path") instanceof String p ? p : request.getRequestURI();
        if (status == null || status == HttpStatus.NOT_FOUND) {
            // No error being forwarded (Spring Boot says 999): someone asked for the error page itself.
            // A 404 from Spring ("No static resource foo/bar.") says no more than this, in words.
            return new Failure(HttpStatus.NOT_FOUND, "There is no page at " + path + ".", path);
        }
        if (status.is5xxServerError()) {
            Throwable error = errors.getError(web);
            log.error("{} answered {}: {}", path, status.value(), error != null ? error : attributes.get("message"));
            return new Failure(status, SERVER_FAULT, path);
        }
        Object message = attributes.get("message");
        return new Failure(
                status,
                message instanceof String text && !text.isBlank() && !text.equals("No message available")
                        ? text
                        : status.getReasonPhrase(),
                path);
    }
}

package org.w3id.iasante.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Reads a request's parameters (its query string, and a form body) before Fuseki does, so that one
 * Jetty cannot decode — bad percent-encoding ({@code ?query=%zz}), bytes that are not UTF-8 — is
 * Jetty's own 400 "Unable to parse URI query" or "form content". Fuseki read them inside its
 * action and answered Jetty's 400 as a 500.
 */
final class MalformedParameters implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Jetty keeps what it decoded: Fuseki's own reads then cost nothing.
        request.getParameterMap();
        chain.doFilter(request, response);
    }
}

package org.w3id.iasante.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A Graph Store write that creates a graph ({@code PUT} or {@code POST} with {@code ?graph=} naming
 * one the store did not hold) answers {@code 201 Created} — Fuseki's own answer — and, as the
 * Graph Store Protocol asks of a creation, a {@code Location} header: the new graph's address at
 * this endpoint, relative, so nothing of it comes from the request's {@code Host}.
 */
final class CreatedGraphLocation implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse answer)
                || http.getParameter("graph") == null) {
            chain.doFilter(request, response);
            return;
        }
        String location = http.getRequestURI() + "?graph="
                + URLEncoder.encode(http.getParameter("graph"), StandardCharsets.UTF_8);
        chain.doFilter(request, new HttpServletResponseWrapper(answer) {
            @Override
            public void setStatus(int status) {
                // Fuseki sets the status before it writes the upload's summary: the header goes with it.
                if (status == HttpServletResponse.SC_CREATED) setHeader("Location", location);
                super.setStatus(status);
            }
        });
    }
}

package org.w3id.iasante.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Fuseki gives its plain-text error messages a {@code Content-Length} counted in characters, then
 * writes them in UTF-8: a message that quotes a non-ASCII character of the request (a graph name
 * {@code ?graph=é}: "URI is relative: &lt;é&gt;") overran its length, and Jetty turned the 400
 * into a 500 with no body. Here an error's length is left to Jetty, which counts the bytes.
 */
final class ErrorMessageLength implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(http) {
            @Override
            public void setContentLength(int length) {
                if (getStatus() < 400) super.setContentLength(length);
            }

            @Override
            public void setContentLengthLong(long length) {
                if (getStatus() < 400) super.setContentLengthLong(length);
            }
        });
    }
}

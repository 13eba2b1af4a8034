package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.View;

/** A finished RDF (or other) document, written as it is. */
public record RdfView(byte[] body, String contentType) implements View {

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
    }
}

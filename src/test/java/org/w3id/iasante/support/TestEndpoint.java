package org.w3id.iasante.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.iasante.store.EndpointProperties;

/** The settings of an endpoint a test starts itself: on a free loopback port, writable by a known editor. */
public final class TestEndpoint {

    public static final String EDITOR_USER = "editor";
    public static final String EDITOR_PASSWORD = "correct horse battery staple";
    /** The editor's credentials as {@code user:password} ({@link SparqlRequests#basic}). */
    public static final String EDITOR = EDITOR_USER + ":" + EDITOR_PASSWORD;

    private TestEndpoint() {}

    /** Port 0, loopback only, the editor's credentials, then {@code settings} ({@code ias.sparql.*} names). */
    public static EndpointProperties writable(Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(Map.of(
                "port", "0", "loopback-only", "true", "update-user", EDITOR_USER, "update-password", EDITOR_PASSWORD));
        all.putAll(settings);
        return EndpointProperties.of(all);
    }
}

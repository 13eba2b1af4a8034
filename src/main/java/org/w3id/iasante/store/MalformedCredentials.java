package org.w3id.iasante.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 401 to Basic credentials that are not base64 of {@code user:password}, on every path,
 * before Jetty's authenticator sees them: it decodes them unchecked, and its
 * {@code IllegalArgumentException} became a 500 naming the exception (on the public endpoint too,
 * which looks up the user to choose the operation).
 */
final class MalformedCredentials extends Handler.Wrapper {

    private static final String MESSAGE = "The Authorization header holds no valid Basic credentials: it must be"
            + " \"Basic \" followed by the base64 encoding of user:password.\n";

    private final String realm;

    MalformedCredentials(Handler handler, String realm) {
        super(handler);
        this.realm = realm;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null || wellFormed(authorization)) return super.handle(request, response, callback);
        response.setStatus(401);
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap(MESSAGE.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** Whether credentials of the Basic scheme decode; other schemes are Jetty's to judge. */
    static boolean wellFormed(String authorization) {
        String header = authorization.strip();
        int space = header.indexOf(' ');
        String scheme = (space < 0 ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
        if (!scheme.equals("basic")) return true;
        if (space < 0) return false;
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(header.substring(space + 1).strip()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package org.w3id.iasante.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the bytes are sent as given, so a test
 * can send what {@code java.net.http} refuses to (a {@code Host} header of its choosing, a target
 * that is no valid URI, NUL or invalid UTF-8 bytes in the request line or a header).
 */
public final class RawHttp {

    private RawHttp() {}

    /** What came back: status, headers (names in lower case, the last of each), body (de-chunked). */
    public record Response(int status, Map<String, String> headers, byte[] body, Duration took) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Builds a request: the request line and headers are ISO-8859-1, one byte per char, so that
     * {@code "\u00c3("} in {@code target} sends the invalid UTF-8 bytes C3 28. {@code Content-Length}
     * and {@code Connection: close} are added; a {@code Host} is added unless {@code headers} has one.
     */
    public static byte[] request(String method, String target, int port, Map<String, String> headers, byte[] body) {
        StringBuilder head =
                new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        boolean host = headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("Host"));
        if (!host) head.append("Host: localhost:").append(port).append("\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body.length > 0 || !method.equals("GET") && !method.equals("HEAD")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }

    /**
     * Sends {@code request} to the loopback {@code port} and reads the answer until the server
     * closes, within {@code bound}.
     *
     * @throws SocketTimeoutException when no whole answer came within {@code bound}
     * @throws IOException when the connection was refused or dropped before a whole answer
     */
    public static Response send(int port, byte[] request, Duration bound) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) bound.toMillis());
            socket.setSoTimeout((int) bound.toMillis());
            IOException writeFailure = null;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // A server may answer (413, 431) and close before reading a large request whole.
                writeFailure = e;
            }
            boolean head = request.length > 4 && new String(request, 0, 5, StandardCharsets.ISO_8859_1).equals("HEAD ");
            Response response = readAnswer(socket.getInputStream(), head, start, bound);
            if (response == null) {
                throw writeFailure != null
                        ? writeFailure
                        : new IOException("the connection closed before a whole answer");
            }
            return response;
        }
    }

    /**
     * Reads until the answer is whole (by its length, its last chunk, or the end of the stream); a
     * reset after a whole answer keeps it. Null when the stream ended before.
     */
    private static Response readAnswer(InputStream in, boolean head, long start, Duration bound) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, n);
                if (mayBeWhole(answer.toByteArray())) {
                    Response whole = parse(answer.toByteArray(), head, false, since(start));
                    if (whole != null) return whole;
                }
                if (System.nanoTime() - start > bound.toNanos())
                    throw new SocketTimeoutException("answer still coming after " + bound);
            }
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            if (answer.size() == 0) throw e;
        }
        return parse(answer.toByteArray(), head, true, since(start));
    }

    /** Cheap test before a parse: a whole answer ends with its headers, its last chunk, or its length. */
    private static boolean mayBeWhole(byte[] bytes) {
        String tail = new String(
                bytes, Math.max(0, bytes.length - 5), Math.min(5, bytes.length), StandardCharsets.ISO_8859_1);
        if (tail.endsWith("\r\n\r\n")) return true;
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) return false;
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length:\\s*(\\d+)")
                .matcher(head.substring(0, end));
        return length.find() && bytes.length >= end + 4 + Long.parseLong(length.group(1));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The answer, or null when it is not a whole HTTP response ({@code ended}: the stream is over). */
    private static Response parse(byte[] answer, boolean head, boolean ended, Duration took) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (text.startsWith("HTTP/1.1 100") && end >= 0) {
            return parse(Arrays.copyOfRange(answer, end + 4, answer.length), head, ended, took);
        }
        if (end < 0 || !text.startsWith("HTTP/1.")) return null;
        String[] lines = text.substring(0, end).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2) return null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(answer, end + 4, answer.length);
        int status = Integer.parseInt(statusLine[1]);
        if (head || status == 204 || status == 304) return new Response(status, headers, body, took);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
            if (body == null) return null;
        } else if (headers.containsKey("content-length")) {
            long length = Long.parseLong(headers.get("content-length"));
            if (body.length < length) return null;
        } else if (!ended) {
            return null;
        }
        return new Response(status, headers, body, took);
    }

    /** The chunks' data, or null when the last chunk never came. */
    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOfCrlf(chunked, at);
            if (lineEnd < 0) return null;
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) return data.toByteArray();
            at = lineEnd + 2;
            if (at + length > chunked.length) return null;
            data.write(chunked, at, length);
            at += length + 2;
        }
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) if (bytes[i] == '\r' && bytes[i + 1] == '\n') return i;
        return -1;
    }
}

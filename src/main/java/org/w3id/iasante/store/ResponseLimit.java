package org.w3id.iasante.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryDeniedException;

/**
 * A cap on the bytes of each answer of the query endpoints, as written in the format asked for: a
 * row cap alone lets one row hold a {@code GROUP_CONCAT} of tens of megabytes. The answer is held
 * until it is complete (then sent with its {@code Content-Length}) or over {@link #BUFFERED_AHEAD};
 * an overrun while it is held ends with HTTP 422 and the reason. With a cap raised above that, the
 * rest streams and an overrun cuts the connection, so no client takes a truncated answer for whole.
 * A query's own failure found while its answer is held ({@link #fail}) replaces the partial answer
 * with a clean error.
 */
final class ResponseLimit implements Filter {

    /** How much of an answer is held before it starts to stream (when the cap allows that much). */
    static final long BUFFERED_AHEAD = 16L * 1024 * 1024;

    private static final String ATTRIBUTE = ResponseLimit.class.getName();

    private final long maxBytes;

    ResponseLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        Held held = new Held(http, maxBytes, Math.min(maxBytes, BUFFERED_AHEAD));
        request.setAttribute(ATTRIBUTE, held);
        chain.doFilter(request, held);
        held.finish();
    }

    /**
     * The answer being written for {@code request} is not the answer: while it is still held it is
     * replaced by {@code status} and {@code message}; once streaming, the connection is cut.
     */
    static void fail(ServletRequest request, int status, String message) {
        if (request.getAttribute(ATTRIBUTE) instanceof Held held) held.fail(status, message);
    }

    /** The message of a 422 for an answer over {@code maxBytes}. */
    static String tooLarge(long maxBytes) {
        return "The answer is larger than " + maxBytes + " bytes, this endpoint's limit. Ask for fewer rows"
                + " (LIMIT and OFFSET), fewer or shorter values, or a more compact format (text/csv).";
    }

    /** The response, held in memory until complete or over {@link #BUFFERED_AHEAD}. */
    private static final class Held extends HttpServletResponseWrapper {
        private final long maxBytes;
        private final long ahead;
        private ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream real;
        private long written;
        private boolean overflowed;
        /** Whether the answer ever went over the cap: an error written after it does not hide that. */
        private boolean exceeded;

        private boolean sentError;
        private int failedStatus;
        private String failedMessage;
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                Held.this.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (real != null) real.flush();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            /** Held bytes go to memory, so writing is always possible: the listener may write at once. */
            @Override
            public void setWriteListener(WriteListener listener) {
                try {
                    listener.onWritePossible();
                } catch (IOException | RuntimeException e) {
                    listener.onError(e);
                }
            }
        };
        private PrintWriter writer;

        Held(HttpServletResponse response, long maxBytes, long ahead) {
            super(response);
            this.maxBytes = maxBytes;
            this.ahead = ahead;
        }

        private boolean streaming() {
            return real != null;
        }

        private void write(byte[] bytes, int offset, int length) throws IOException {
            if (overflowed || written + length > maxBytes) {
                overflowed = true;
                exceeded = true;
                if (streaming()) throw new IOException(tooLarge(maxBytes));
                // Unchecked, so the result writers pass it on: Fuseki answers it with 422 and its message.
                throw new QueryDeniedException(tooLarge(maxBytes));
            }
            written += length;
            if (streaming()) {
                real.write(bytes, offset, length);
                return;
            }
            buffer.write(bytes, offset, length);
            if (buffer.size() > ahead) {
                real = super.getOutputStream();
                buffer.writeTo(real);
                buffer = null;
            }
        }

        /** What was written so far is not the answer (an error replaces it). */
        private void discard() {
            if (streaming()) return;
            buffer.reset();
            written = 0;
            overflowed = false;
        }

        void fail(int status, String message) {
            failedStatus = status;
            failedMessage = message;
        }

        void finish() throws IOException {
            if (writer != null) writer.flush();
            if (sentError) return; // the container writes its error page
            // Some writers wrap the overrun in an error of their own (a 500 "Failed to write output"): it is the
            // overrun.
            if (exceeded && failedMessage == null) fail(BoundedQuery.TOO_LARGE, tooLarge(maxBytes));
            if (failedMessage != null) {
                // Thrown out of the servlet after the answer has started, it makes Jetty cut the connection.
                if (streaming()) throw new IOException("Answer cut: " + failedMessage);
                discard();
                super.setStatus(failedStatus);
                super.setContentType("text/plain; charset=utf-8");
                buffer.write((failedMessage + "\n").getBytes(StandardCharsets.UTF_8));
            } else if (streaming()) {
                return;
            }
            super.setContentLengthLong(buffer.size());
            if (buffer.size() > 0) buffer.writeTo(super.getOutputStream());
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(
                        out, charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override
        public void setStatus(int status) {
            if (status >= 400) discard();
            super.setStatus(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            discard();
            sentError = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            discard();
            sentError = true;
            super.sendError(status);
        }

        @Override
        public boolean isCommitted() {
            return streaming() || super.isCommitted();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (streaming()) super.flushBuffer();
        }

        @Override
        public void reset() {
            discard();
            super.reset();
        }

        @Override
        public void resetBuffer() {
            discard();
            super.resetBuffer();
        }

        @Override
        public void setContentLength(int length) {
            // The length is set once the answer is complete; a header set before the body is ignored.
        }

        @Override
        public void setContentLengthLong(long length) {
            // As setContentLength.
        }
    }
}

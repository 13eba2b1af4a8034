package org.w3id.iasante.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written to it go, as UTF-8 text, to a command's writer (so tests can capture them). It
 * passes them on every 64 KiB, at a character boundary, so a large export does not pile up.
 */
final class WriterOutputStream extends OutputStream {

    private static final int CHUNK = 64 * 1024;

    private final PrintWriter writer;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        pending.write(b);
        if (pending.size() >= CHUNK && (b & 0x80) == 0) flush();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) write(bytes[i]);
    }

    @Override
    public void flush() {
        writer.print(pending.toString(StandardCharsets.UTF_8));
        writer.flush();
        pending.reset();
    }

    @Override
    public void close() {
        flush();
    }
}

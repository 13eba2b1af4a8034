package org.w3id.iasante.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/** Bytes a command writes, as UTF-8 text to its writer (so tests can capture them), passed on every 64 KiB. */
final class CommandOutput {

    private static final int CHUNK = 64 * 1024;

    private CommandOutput() {}

    static OutputStream to(PrintWriter writer) {
        try {
            return WriterOutputStream.builder()
                    .setWriter(writer)
                    .setCharset(StandardCharsets.UTF_8)
                    .setBufferSize(CHUNK)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

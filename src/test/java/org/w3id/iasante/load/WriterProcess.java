package org.w3id.iasante.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link CrashWriter} in a JVM of its own, read line by line and killed with SIGKILL. */
final class WriterProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Path errors;

    private WriterProcess(Process process, Path errors) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.errors = errors;
    }

    /** Starts {@code CrashWriter args…} as {@code launch} says; its standard error goes to {@code errors}. */
    static WriterProcess start(WriterLaunch launch, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(launch.command());
        command.addAll(List.of(args));
        return new WriterProcess(
                new ProcessBuilder(command).redirectError(errors.toFile()).start(), errors);
    }

    /** The writer's next line; an error with its standard error if it ended instead. */
    String nextLine() throws IOException, InterruptedException {
        String line = out.readLine();
        if (line == null) {
            throw new AssertionError(
                    "The writer ended with status " + process.waitFor() + ": " + Files.readString(errors));
        }
        return line;
    }

    /** kill -9, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws Exception {
        kill();
        out.close();
    }
}

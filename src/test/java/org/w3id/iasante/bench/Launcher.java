package org.w3id.iasante.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the benchmark starts what it measures, from the command lines of {@link Launch}: each server
 * and tool in a JVM of its own, as a user runs them (the real run), or all in this JVM (the smoke
 * run, where a JVM's start would be most of the time and the figures mean nothing anyway).
 */
interface Launcher {

    /** Starts {@code kind} over {@code store}, logging to {@code log}; {@code settings} are added to ours. */
    Server start(Server.Kind kind, Path store, Path log, List<String> settings);

    /** Runs a tool (a main class and its arguments) in {@code directory} to its end, failing loudly. */
    void run(List<String> mainAndArgs, Path directory);

    /** Every server and tool in a JVM of its own, with the test classpath and {@code -Xmx4g}. */
    static Launcher processes(Path knowledge, Path work) {
        return new Launcher() {
            @Override
            public Server start(Server.Kind kind, Path store, Path log, List<String> settings) {
                return ServerProcess.start(kind, store, knowledge, log, settings);
            }

            @Override
            public void run(List<String> mainAndArgs, Path directory) {
                List<String> command = new ArrayList<>(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx4g",
                        "-cp",
                        System.getProperty("java.class.path")));
                command.addAll(mainAndArgs);
                try {
                    Path log = Files.createTempFile(work, "run", ".log");
                    Process process = new ProcessBuilder(command)
                            .directory(directory.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
                    if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
                        process.destroyForcibly();
                        throw new IllegalStateException(
                                String.join(" ", mainAndArgs) + " failed:\n" + Files.readString(log));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** Every server and tool in this JVM (tools are given absolute paths: this JVM's folder is not theirs). */
    static Launcher inProcess(Path knowledge) {
        return new Launcher() {
            @Override
            public Server start(Server.Kind kind, Path store, Path log, List<String> settings) {
                return InProcessServer.start(kind, store, knowledge, settings);
            }

            @Override
            public void run(List<String> mainAndArgs, Path directory) {
                try {
                    Launch.runHere(mainAndArgs);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(String.join(" ", mainAndArgs) + " failed", e.getCause());
                } catch (Exception e) {
                    throw new IllegalStateException(String.join(" ", mainAndArgs) + " failed", e);
                }
            }
        };
    }
}

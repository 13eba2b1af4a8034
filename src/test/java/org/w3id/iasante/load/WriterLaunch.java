package org.w3id.iasante.load;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * How {@link WriterProcess} starts a {@link CrashWriter}: the java command up to the main class.
 * Starting is most of a crash round (about 1.7 s of CPU, mostly loading classes), so {@link
 * #prepare} first records the classes a writer loads in a class-data archive (AppCDS), which
 * halves that; when the archive cannot be made, writers start without it.
 *
 * @param command java, its options and the class path, for arguments to follow
 * @param archived whether the writers start from the class-data archive
 */
record WriterLaunch(List<String> command, boolean archived) {

    /** Options of every writer: the first JIT tier and a small heap, enough for a few writes. */
    private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    WriterLaunch {
        command = List.copyOf(command);
    }

    /** Makes the archive in {@code scratch} from one writer that writes a graph there and exits. */
    static WriterLaunch prepare(Path scratch) throws IOException, InterruptedException {
        String classPath = archivableClassPath(scratch);
        Path archive = scratch.resolve("writer.jsa");
        List<String> dump = java(List.of("-XX:ArchiveClassesAtExit=" + archive), classPath);
        dump.addAll(List.of("graphs", scratch.resolve("store").toString(), "1", "1"));
        Process process = new ProcessBuilder(dump)
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve("archive.log").toFile())
                .start();
        if (process.waitFor() == 0 && Files.isRegularFile(archive)) {
            return new WriterLaunch(java(List.of("-XX:SharedArchiveFile=" + archive), classPath), true);
        }
        return new WriterLaunch(java(List.of("-Xshare:auto"), System.getProperty("java.class.path")), false);
    }

    private static List<String> java(List<String> share, String classPath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(share);
        command.addAll(OPTIONS);
        command.addAll(List.of("-cp", classPath, CrashWriter.class.getName()));
        return command;
    }

    /**
     * The test class path with its folders (ours: classes, test classes) packed into one jar: an
     * archive may only be made from jars.
     */
    private static String archivableClassPath(Path scratch) {
        List<String> jars = new ArrayList<>();
        List<String> pack = new ArrayList<>(
                List.of("--create", "--file", scratch.resolve("classes.jar").toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Files.isDirectory(Path.of(entry))) pack.addAll(List.of("-C", entry, "."));
            else jars.add(entry);
        }
        int status =
                ToolProvider.findFirst("jar").orElseThrow().run(System.out, System.err, pack.toArray(String[]::new));
        if (status != 0) throw new IllegalStateException("jar exited with " + status);
        jars.add(0, scratch.resolve("classes.jar").toString());
        return String.join(File.pathSeparator, jars);
    }
}

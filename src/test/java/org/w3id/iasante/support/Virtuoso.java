package org.w3id.iasante.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * OpenLink Virtuoso 7.2 (Debian's {@code virtuoso-opensource}) as the remote engine users outgrow
 * one machine with: {@code virtuoso-t} in the foreground, on loopback ports, with a database folder
 * of its own and the packaged settings otherwise — above all {@code ResultSetMaxRows = 10000}, the
 * cap that once truncated our answers silently. Loaded once per test run through {@code ld_dir}, as
 * docs/remote.md tells users to, and stopped when the JVM exits.
 *
 * <p>Where Debian's package is not installed the tests that need it are skipped, saying so; under
 * CI ({@code IAS_REQUIRE_VIRTUOSO=1}, set by {@code .ci/run}, which installs it) they fail instead.
 */
public final class Virtuoso implements AutoCloseable {

    /** Debian's path; -Dias.virtuoso=… points elsewhere. */
    static final Path SERVER = Path.of(System.getProperty("ias.virtuoso", "/usr/bin/virtuoso-t"));

    static final Path ISQL = Path.of("/usr/bin/isql-vt");
    static final Path PACKAGED_INI = Path.of("/etc/virtuoso-opensource-7/virtuoso.ini");

    /** The row cap of Debian's packaged settings, kept on purpose. */
    public static final int RESULT_SET_MAX_ROWS = 10_000;

    private static Virtuoso withHdh;

    private final Path folder;
    private final Process process;
    private final int sqlPort;
    private final int httpPort;

    private Virtuoso(Path folder, Process process, int sqlPort, int httpPort) {
        this.folder = folder;
        this.process = process;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
    }

    static final String NOT_INSTALLED =
            "Virtuoso is not installed (" + SERVER + "): apt-get install virtuoso-opensource to run this test";

    static final String NO_HDH =
            "the HDH snapshot is missing (" + RepositoryKnowledge.HDH + "): the Virtuoso comparison needs it";

    /** Whether Debian's package is there: its server, its SQL client and its settings. */
    static boolean installed() {
        return Files.isExecutable(SERVER) && Files.isExecutable(ISQL) && Files.isReadable(PACKAGED_INI);
    }

    /** Set by {@code .ci/run}, which installs the package: there a missing Virtuoso fails the build. */
    static boolean required() {
        return "1".equals(System.getenv("IAS_REQUIRE_VIRTUOSO"));
    }

    /** Skips the calling test (or fails it under CI) when Virtuoso is not installed. */
    public static void assumeInstalled() {
        boolean installed = installed();
        if (!installed && required()) {
            throw new AssertionError("IAS_REQUIRE_VIRTUOSO=1 but Debian's virtuoso-opensource is not installed ("
                    + SERVER + ", " + ISQL + ", " + PACKAGED_INI + "): apt-get install virtuoso-opensource");
        }
        Assumptions.assumeTrue(installed, NOT_INSTALLED);
    }

    /**
     * One Virtuoso for the test run, holding the repository's knowledge and the HDH snapshot (the
     * data whose answers exceed the row cap and whose union default graph shows bag semantics).
     */
    public static synchronized Virtuoso withRepositoryAndHdh() {
        assumeInstalled();
        Assumptions.assumeTrue(RepositoryKnowledge.hdhAvailable(), NO_HDH);
        if (withHdh == null) {
            withHdh = start(RepositoryKnowledge.datasetWithHdh());
            Runtime.getRuntime().addShutdownHook(new Thread(withHdh::close));
        }
        return withHdh;
    }

    /** A fresh Virtuoso holding the given dataset's named graphs (the caller closes it). */
    public static Virtuoso start(DatasetGraph data) {
        assumeInstalled();
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Virtuoso virtuoso = launch(Files.createTempDirectory("ias-virtuoso"));
                virtuoso.load(data);
                return virtuoso;
            } catch (IOException e) {
                last = e; // most likely a port taken between choosing it and binding it: choose again
            }
        }
        throw new UncheckedIOException("Virtuoso did not start", last);
    }

    public URI queryEndpoint() {
        return URI.create("http://127.0.0.1:" + httpPort + "/sparql");
    }

    private static Virtuoso launch(Path folder) throws IOException {
        // Virtuoso cannot bind port 0 and report it, so ports are chosen here; start() retries on a clash.
        int sqlPort = unusedPort();
        int httpPort = unusedPort();
        Path ini = folder.resolve("virtuoso.ini");
        Files.writeString(ini, settings(Files.readString(PACKAGED_INI), folder, sqlPort, httpPort));
        Path log = folder.resolve("server.log");
        Process process = new ProcessBuilder(SERVER.toString(), "+foreground", "+configfile", ini.toString())
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Virtuoso virtuoso = new Virtuoso(folder, process, sqlPort, httpPort);
        try {
            virtuoso.awaitOnline(log, Duration.ofSeconds(60));
        } catch (IOException e) {
            virtuoso.close();
            throw e;
        }
        return virtuoso;
    }

    /** The packaged settings with our folder, our ports, and the folder allowed for ld_dir. */
    static String settings(String packaged, Path folder, int sqlPort, int httpPort) {
        String dir = folder.toAbsolutePath().toString();
        String ini = packaged.replace("/var/lib/virtuoso-opensource-7/db/", dir + "/");
        ini = replaceSetting(ini, "ServerPort", "1111", Integer.toString(sqlPort));
        ini = replaceSetting(ini, "ServerPort", "8890", "127.0.0.1:" + httpPort);
        ini = ini.replaceFirst("(?m)^DirsAllowed\\s*=.*$", Matcher.quoteReplacement("DirsAllowed = ., " + dir));
        // As docs/remote.md tells users: Virtuoso's plan-cost estimate refuses questions that run in a
        // fraction of a second (2·10⁹ s estimated for the site's select-resource-claims), so it is off.
        ini = replaceSetting(ini, "MaxQueryCostEstimationTime", "400", "0");
        if (!ini.contains("ResultSetMaxRows           = " + RESULT_SET_MAX_ROWS)
                && !ini.matches("(?s).*ResultSetMaxRows\\s*=\\s*" + RESULT_SET_MAX_ROWS + ".*")) {
            throw new IllegalStateException("Debian's virtuoso.ini no longer caps results at " + RESULT_SET_MAX_ROWS);
        }
        return ini;
    }

    private static String replaceSetting(String ini, String key, String packagedValue, String value) {
        Pattern line = Pattern.compile("(?m)^" + key + "(\\s*)=\\s*" + Pattern.quote(packagedValue) + "\\s*(;.*)?$");
        Matcher matcher = line.matcher(ini);
        if (!matcher.find()) throw new IllegalStateException("no " + key + " = " + packagedValue + " in virtuoso.ini");
        return matcher.replaceFirst(Matcher.quoteReplacement(key + " = " + value));
    }

    private void awaitOnline(Path log, Duration patience) throws IOException {
        Instant deadline = Instant.now().plus(patience);
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(queryEndpoint() + "?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IOException("virtuoso-t stopped: " + tail(log));
            try {
                if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while Virtuoso started", e);
            }
            sleep(250);
        }
        throw new IOException("Virtuoso did not answer within " + patience.toSeconds() + " s: " + tail(log));
    }

    /** Loads N-Quads the way docs/remote.md tells users to: ld_dir, rdf_loader_run, checkpoint. */
    private void load(DatasetGraph data) throws IOException {
        Path dump = folder.resolve("data.nq");
        try (OutputStream out = Files.newOutputStream(dump)) {
            Txn.executeRead(data, () -> RDFDataMgr.write(out, data, Lang.NQUADS));
        }
        isql("ld_dir('" + folder.toAbsolutePath() + "', 'data.nq', 'urn:x-ias:unused'); rdf_loader_run(); checkpoint;");
    }

    private void isql(String statements) throws IOException {
        String output = isqlOutput(statements);
        if (output.contains("*** Error")) throw new IOException("isql failed: " + output);
        String errors = isqlOutput("SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;");
        if (!errors.contains("\n0 Rows.")) throw new IOException("the bulk loader reported errors: " + errors);
    }

    private String isqlOutput(String statements) throws IOException {
        Process isql = new ProcessBuilder(
                        ISQL.toString(), Integer.toString(sqlPort), "dba", "dba", "exec=" + statements)
                .redirectErrorStream(true)
                .start();
        String output = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!isql.waitFor(120, TimeUnit.SECONDS) || isql.exitValue() != 0) {
                throw new IOException("isql failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to Virtuoso", e);
        }
        return output;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

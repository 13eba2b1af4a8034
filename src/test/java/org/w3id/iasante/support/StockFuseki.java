package org.w3id.iasante.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;
import org.w3id.iasante.bench.Server;
import org.w3id.iasante.bench.ServerProcess;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.store.EmbeddedStore;

/**
 * A second, independent SPARQL server: stock Apache Jena Fuseki (its own command, in its own
 * process) over a copy of the repository's knowledge in TDB2, with the union default graph and a
 * server timeout. Started once for the test run and stopped when the JVM exits.
 */
public final class StockFuseki {

    private static ServerProcess running;
    private static Socket closed;

    private StockFuseki() {}

    /** The query endpoint of the shared stock Fuseki. */
    public static String queryUrl() {
        return process().queryUrl();
    }

    /** The shared stock Fuseki's process, started on first use. */
    public static synchronized ServerProcess process() {
        if (running == null) running = start();
        return running;
    }

    /**
     * A port nothing listens on (for "unreachable endpoint" tests): bound by a socket of this JVM
     * that never listens, so a connection is refused and no other server can take the number
     * while the tests run (a socket closed after its number is read would leave it free to reuse).
     */
    public static synchronized int closedPort() {
        if (closed == null) {
            try {
                closed = new Socket();
                closed.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return closed.getLocalPort();
    }

    private static ServerProcess start() {
        try {
            Path folder = Files.createTempDirectory("ias-stock-fuseki");
            try (EmbeddedStore store = EmbeddedStore.open(folder.resolve("tdb2"))) {
                Loader.into(store)
                        .sync(KnowledgeFolder.copyOfRepository(folder.resolve("knowledge"))
                                .files());
            }
            ServerProcess server = ServerProcess.start(
                    Server.Kind.STOCK, folder.resolve("tdb2"), RepositoryKnowledge.ROOT, folder.resolve("fuseki.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                FileSystemUtils.deleteRecursively(folder.toFile());
            }));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.w3id.iasante.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sys.JenaSystem;

/**
 * Initialises Jena and loads the store's and the endpoint's classes on a second thread while
 * Spring Boot reads its configuration on the first, so the SPARQL endpoint answers sooner after a
 * cold start (on two cores, the two overlap).
 */
public final class JenaWarmUp {

    private JenaWarmUp() {}

    public static void start() {
        Thread thread = new Thread(JenaWarmUp::warmUp, "jena-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warmUp() {
        JenaSystem.init();
        for (String name : new String[] {
            "org.apache.jena.tdb2.DatabaseMgr",
            "org.apache.jena.tdb2.store.DatasetGraphTDB",
            "org.apache.jena.fuseki.main.FusekiServer",
            "org.apache.jena.fuseki.servlets.SPARQL_QueryDataset",
            "org.eclipse.jetty.server.Server",
            "org.eclipse.jetty.ee10.servlet.ServletContextHandler",
            "org.apache.jena.shacl.ShaclValidator"
        }) {
            try {
                Class.forName(name, true, JenaWarmUp.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // A warm-up only: the real start loads what it needs and reports any problem.
            }
        }
        // Building a server (never started: no port) finds Fuseki's modules and loads Jetty's classes.
        try {
            FusekiServer.create()
                    .port(0)
                    .add("/warm-up", DatasetGraphFactory.empty())
                    .build();
        } catch (RuntimeException e) {
            // As above.
        }
        // The first query's path (parser, optimiser, iterators, result writers), on an empty dataset.
        try (InputStream query = JenaWarmUp.class.getResourceAsStream("warm-up.rq");
                QueryExec exec = QueryExec.dataset(DatasetGraphFactory.empty())
                        .query(new String(query.readAllBytes(), StandardCharsets.UTF_8))
                        .build()) {
            ResultSetFormatter.outputAsJSON(OutputStream.nullOutputStream(), ResultSet.adapt(exec.select()));
        } catch (IOException | RuntimeException e) {
            // As above.
        }
    }
}

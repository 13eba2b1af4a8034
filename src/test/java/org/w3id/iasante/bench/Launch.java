package org.w3id.iasante.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.cmds.FusekiMain;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3id.iasante.IaSanteApplication;
import org.w3id.iasante.cli.Cli;
import org.w3id.iasante.store.SparqlEndpoint;

/**
 * The command lines the benchmark starts, in one place: the main classes, the settings that make
 * ours and stock Fuseki comparable, and how each reports the ports it bound (both bind port 0, so
 * no two servers can race for a number). A renamed main class or setting is changed here only.
 */
final class Launch {

    static final String OURS_MAIN = "org.w3id.iasante.IaSanteApplication";
    static final String STOCK_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    static final String DATASET = "ia-sante";

    /** Ours logs its endpoint's URL once it listens (at INFO, enabled below), before its site starts. */
    static final Pattern OURS_QUERY_URL = Pattern.compile("(http://localhost:\\d+/" + DATASET + "/sparql)");
    /** Spring Boot's own line once Tomcat listens. */
    static final Pattern OURS_SITE_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    /** Fuseki's own line once Jetty listens, with the port it got. */
    static final Pattern STOCK_PORT = Pattern.compile("Start Fuseki \\(http=(\\d+)\\)");

    private Launch() {}

    /**
     * Where ours is served from when the benchmark is given {@value #PACKAGED_APP} ({@code bench/run}
     * does, after {@code deploy/package}): the packaged application with its class-data-sharing
     * archive, as {@code docs/deploy.md} serves it. Otherwise (the tests) the class path of this JVM.
     */
    static final String PACKAGED_APP = "ias.bench.app";

    /** The JVM options that say where the server's classes come from. */
    static List<String> classPath(Server.Kind kind) {
        String app = System.getProperty(PACKAGED_APP);
        if (kind == Server.Kind.OURS && app != null && !app.isBlank()) {
            Path folder = Path.of(app).toAbsolutePath();
            return List.of(
                    "-XX:SharedArchiveFile=" + folder.resolve("ia-sante.jsa"),
                    "-cp",
                    folder.resolve("ia-sante.jar").toString());
        }
        return List.of("-cp", System.getProperty("java.class.path"));
    }

    /** The main class and arguments of a server over {@code store}; {@code settings} are added to ours. */
    static List<String> server(Server.Kind kind, Path store, Path knowledge, List<String> settings) {
        List<String> command = new ArrayList<>();
        if (kind == Server.Kind.OURS) {
            command.addAll(List.of(
                    OURS_MAIN,
                    "--ias.store.location=" + store,
                    "--ias.knowledge.location=" + knowledge,
                    "--ias.sparql.port=0",
                    "--server.port=0",
                    "--ias.sparql.loopback-only=true",
                    // Same bounds as the stock server's --timeout, and room for the largest catalogue answers.
                    "--ias.sparql.query-timeout=120s",
                    "--ias.sparql.max-rows=100000000",
                    "--logging.level.root=WARN",
                    // Start-up lines only, where the ports it bound are written.
                    "--logging.level.org.w3id.iasante=INFO",
                    "--logging.level.org.springframework.boot=INFO"));
            command.addAll(settings);
        } else {
            command.addAll(List.of(
                    STOCK_MAIN,
                    "--localhost",
                    "--port=0",
                    "--timeout=120000",
                    "--tdb2",
                    "--loc=" + store,
                    "--set",
                    "tdb:unionDefaultGraph=true",
                    "/" + DATASET));
        }
        return command;
    }

    /** Our {@code load} command into {@code store}, optionally into a named graph. */
    static List<String> load(Path store, String graph, Path data) {
        List<String> command = new ArrayList<>(List.of(OURS_MAIN, "load", "--store", store.toString()));
        if (graph != null) command.addAll(List.of("--graph", graph));
        command.add(data.toString());
        return command;
    }

    /** Jena's own bulk loader, default settings. */
    static List<String> tdbloader(Path store, Path data) {
        return List.of("tdb2.tdbloader", "--loc", store.toString(), data.toString());
    }

    /** Ours, in this JVM, as its main starts it when given no command. */
    static ConfigurableApplicationContext startOursHere(List<String> arguments) {
        return IaSanteApplication.application().run(arguments.toArray(String[]::new));
    }

    /** Where ours, started in this JVM, answers SPARQL: its endpoint's own report of the port it bound. */
    static String oursQueryUrl(ConfigurableApplicationContext context) {
        return context.getBean(SparqlEndpoint.class).queryUrl();
    }

    /** Where ours, started in this JVM, serves its site: Spring's report of the port Tomcat bound. */
    static String oursSiteUrl(ConfigurableApplicationContext context) {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Stock Fuseki, in this JVM, from the same arguments as its command. */
    static FusekiServer startStockHere(List<String> arguments) {
        return FusekiMain.build(arguments.toArray(String[]::new)).start();
    }

    /**
     * A tool's main, in this JVM. Ours exits the JVM after a command, so its command line runs
     * through {@link Cli} instead, which returns the exit status.
     */
    static void runHere(List<String> mainAndArgs) throws Exception {
        String[] arguments = mainAndArgs.subList(1, mainAndArgs.size()).toArray(String[]::new);
        if (mainAndArgs.get(0).equals(OURS_MAIN)) {
            int status = Cli.run(arguments);
            if (status != 0) throw new IllegalStateException(String.join(" ", mainAndArgs) + " exited " + status);
            return;
        }
        Class.forName(mainAndArgs.get(0)).getMethod("main", String[].class).invoke(null, (Object) arguments);
    }
}

package org.w3id.iasante.system;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.w3id.iasante.support.RawHttp;

/**
 * The hostile requests of {@link HostileCorpusTests}: templates × mutations enumerated in a fixed
 * order, plus mutations drawn from a {@link Random} with a constant seed, so every run sends the
 * same requests under the same ids. Writes that could succeed touch only graphs named
 * {@code urn:hostile:…}: the store is shared with other test classes.
 */
final class HostileCorpus {

    /** The seed of the drawn mutations; change it only with the expectation that new cases may fail. */
    static final long SEED = 20_260_521L;

    enum Server {
        SPARQL,
        SITE
    }

    /** One request, its bytes as sent, and a line to show when it fails. */
    /**
     * One request, its bytes as sent, and a line to show when it fails; {@code writes}: the editor's
     * request to a write endpoint, which waits for the store's one writer.
     */
    record HostileCase(String id, Server server, int port, byte[] request, String shown, boolean writes) {}

    private static final String REGEX_BOMB = "REGEX(\"" + "a".repeat(40) + "\", \"(.*a){30}\")";
    private static final String[] SYNTAXES = {
        "text/turtle",
        "application/n-triples",
        "application/n-quads",
        "application/trig",
        "application/rdf+xml",
        "application/ld+json",
        "application/rdf+json",
        "application/trix+xml",
        "application/rdf+thrift",
        "application/rdf+protobuf",
        "text/n3"
    };

    private final int sparqlPort;
    private final int sitePort;
    private final String dataset;
    private final String editor;
    private final String probe;
    private final String localFile;
    private final List<HostileCase> cases = new ArrayList<>();

    private HostileCorpus(int sparqlPort, int sitePort, String dataset, String editor, String probe, String localFile) {
        this.sparqlPort = sparqlPort;
        this.sitePort = sitePort;
        this.dataset = "/" + dataset;
        this.editor = "Basic " + Base64.getEncoder().encodeToString(editor.getBytes(StandardCharsets.UTF_8));
        this.probe = probe;
        this.localFile = localFile;
    }

    /**
     * @param editor the editor's {@code user:password}
     * @param probe a loopback URL that counts the requests it receives
     * @param localFile a {@code file:} URL on this machine
     */
    static List<HostileCase> build(
            int sparqlPort, int sitePort, String dataset, String editor, String probe, String localFile) {
        HostileCorpus corpus = new HostileCorpus(sparqlPort, sitePort, dataset, editor, probe, localFile);
        corpus.queries();
        corpus.drawnQueryMutations();
        corpus.updates();
        corpus.uploads();
        corpus.graphReads();
        corpus.sitePaths();
        corpus.headers();
        corpus.requestLines();
        return List.copyOf(corpus.cases);
    }

    // --- SPARQL queries ---

    /** Light queries go through every transport; heavy ones (they run to the timeout) through one. */
    private void queries() {
        List<String> light = new ArrayList<>(List.of(
                "ASK {}",
                "SELECT * { ?s ?p ?o } LIMIT 1",
                "SELECT ?s WHERE { ?s ?p }",
                "ASK {",
                "}",
                "",
                " ",
                "SELECT",
                "PREFIX : <",
                "SELECT * { <http://a b> ?p ?o }",
                "SELECT (COUNT(*) AS ?n { }",
                "SELECT * { ?s ?p \"unterminated }",
                "BASE <relative> SELECT * { <x> ?p ?o }",
                "SELECT * { ?s ?p ?o } LIMIT -1",
                "SELECT * { ?s ?p ?o } LIMIT 99999999999999999999999",
                "SELECT * { ?s ?p ?o } OFFSET 99999999999999999999999 LIMIT 1",
                "SELECT ?x { BIND(1/0 AS ?x) }",
                "SELECT ?x { BIND(99999999999999999999999999 * 99999999999999999999999999 AS ?x) }",
                "SELECT ?x { BIND(<http://www.w3.org/2001/XMLSchema#integer>(\"1e999999\") AS ?x) }",
                "SELECT ?x { BIND(<http://www.w3.org/2001/XMLSchema#dateTime>(\"99999999999-13-45T25:61:61Z\") AS ?x) }",
                "SELECT ?x { BIND(STRDT(\"x\", <http://www.w3.org/2001/XMLSchema#double>) + 1 AS ?x) }",
                "SELECT ?x { BIND(SUBSTR(\"abc\", 99999999999, -5) AS ?x) }",
                "SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.sha1sum>(\"a\") AS ?x) }",
                "SELECT ?x { BIND(<http://jena.apache.org/ARQ/function#eval>(\"1\") AS ?x) }",
                "SELECT ?x { ?x <http://jena.apache.org/ARQ/property#versionARQ> ?v }",
                "SELECT ?x { ?x <http://jena.apache.org/text#query> \"a\" }",
                "SELECT ?x { BIND(REGEX(\"a\", \"(\") AS ?x) }",
                "SELECT ?x { BIND(REPLACE(\"a\", \"\", \"b\") AS ?x) }",
                "SELECT ?x { BIND(REPLACE(\"a\", \"a\", \"$9\") AS ?x) }",
                "SELECT ?x { BIND(\"\\uD800\" AS ?x) }",
                "SELECT * { <<?s ?p ?o>> ?q ?r } LIMIT 1",
                "SELECT * { ?s ?p ?o LATERAL { SELECT * { ?s ?q ?r } LIMIT 1 } } LIMIT 5",
                "SELECT * { ?s ?p ?o } GROUP BY ?s",
                "SELECT * FROM <" + "http://127.0.0.1:1/none" + "> { ?s ?p ?o }",
                "SELECT * FROM NAMED <file:///etc/passwd> { GRAPH ?g { ?s ?p ?o } }",
                "DESCRIBE <file:///etc/passwd>",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 10",
                "SELECT * { ?s ?p ?o }",
                "SELECT * { SERVICE <" + probe + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + probe + "> { ?s ?p ?o } }",
                "SELECT * { VALUES ?e { <" + probe + "> } SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
                "DROP ALL",
                "INSERT DATA { <urn:hostile:s> <urn:hostile:p> 1 }",
                "LOAD <" + probe + ">",
                "SELECT * { ?s ?p \u0000 }",
                "SELECT ?x { BIND(\"\u0000\" AS ?x) }",
                "ASK { " + "{ ".repeat(600) + "}".repeat(600) + " }",
                "SELECT * " + "{ SELECT * ".repeat(2000) + "{ ?s ?p ?o }" + " }".repeat(2000),
                "ASK { FILTER(" + "(".repeat(700) + "1" + ")".repeat(700) + ") }",
                "ASK { " + "FILTER EXISTS { ".repeat(9) + "?s ?p ?o" + " }".repeat(9) + " }",
                "PREFIX : <http://example.org/> SELECT * { ?s :p" + "/:p".repeat(600) + " ?o }",
                "SELECT * { {?s ?p 0}" + " UNION {}".repeat(2000) + " }",
                inList(20_000),
                inList(100_000),
                "ASK { FILTER(STRLEN(\"" + "a".repeat(300_000) + "\") > 0) }"));
        List<String> heavy = List.of(
                "ASK { FILTER(" + REGEX_BOMB + ") }",
                "SELECT (REPLACE(\"" + "a".repeat(40) + "\", \"(.*a){30}\", \"b\") AS ?x) {}",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "SELECT (GROUP_CONCAT(CONCAT(STR(?c), STR(?f))) AS ?x) { ?a ?b ?c . ?d ?e ?f }",
                "SELECT (GROUP_CONCAT(STR(?o)) AS ?x) { ?s ?p ?o }",
                "DESCRIBE ?s { ?s ?p ?o }");
        for (int i = 0; i < light.size(); i++) {
            String query = light.get(i);
            getQuery("query-" + i + "-get", "/sparql", query);
            postForm("query-" + i + "-form", "/sparql", "query", query, Map.of());
            postDirect("query-" + i + "-direct", "/sparql", "application/sparql-query", query, Map.of());
            // And one of the other ways in, in turn: the second endpoint, a wrong charset, a wrong type.
            switch (i % 3) {
                case 0 -> getQuery("query-" + i + "-get-query", "/query", query);
                case 1 ->
                    postDirect(
                            "query-" + i + "-utf16",
                            "/sparql",
                            "application/sparql-query; charset=UTF-16",
                            query,
                            Map.of());
                default -> postDirect("query-" + i + "-text-plain", "/query", "text/plain", query, Map.of());
            }
        }
        for (int i = 0; i < heavy.size(); i++) {
            postDirect("heavy-" + i, "/sparql", "application/sparql-query", heavy.get(i), Map.of());
        }
        // Bytes no text can hold: invalid UTF-8, NUL, a lone surrogate as CESU-8, bad percent-encoding.
        List<byte[]> bodies = List.of(
                bytes("ASK { FILTER(\"", new byte[] {(byte) 0xC3, 0x28}, "\" = \"x\") }"),
                bytes("SELECT * { ?s ?p \"", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\" }"),
                bytes("ASK {", new byte[] {0}, "}"),
                bytes("SELECT ?x { BIND(\"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\" AS ?x) }"),
                bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "ASK {}"),
                bytes("", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'A'}, ""));
        for (int i = 0; i < bodies.size(); i++) {
            add(
                    "query-bytes-" + i + "-direct",
                    Server.SPARQL,
                    "POST",
                    dataset + "/sparql",
                    Map.of("Content-Type", "application/sparql-query"),
                    bodies.get(i));
            add(
                    "query-bytes-" + i + "-form",
                    Server.SPARQL,
                    "POST",
                    dataset + "/sparql",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    concat("query=".getBytes(StandardCharsets.US_ASCII), bodies.get(i)));
        }
        List<String> encodings = List.of(
                "query=ASK%7B%7",
                "query=%",
                "query=%zz",
                "query=ASK%20%7B%C3%28%7D",
                "query=ASK%20%7B%00%7D",
                "query=%E2%82",
                "query=ASK+%7B%7D&query=ASK+%7B%7D",
                "query=",
                "query",
                "=ASK%7B%7D",
                "query=ASK%7B%7D&default-graph-uri=%",
                "query=ASK%7B%7D&default-graph-uri=rel",
                "query=ASK%7B%7D&named-graph-uri=" + encode(probe),
                "query=ASK%7B%7D&timeout=999999999",
                "query=ASK%7B%7D&output=" + encode("../../etc/passwd"),
                "query=ASK%7B%7D&format=xyz",
                "query=ASK%7B%7D&callback=" + encode("<script>alert(1)</script>"),
                "query=ASK\u00c3\u0028%7B%7D",
                "query=ASK{}",
                "query=ASK%20%7B%7D%00");
        for (int i = 0; i < encodings.size(); i++) {
            add(
                    "query-encoding-" + i + "-get",
                    Server.SPARQL,
                    "GET",
                    dataset + "/sparql?" + encodings.get(i),
                    Map.of(),
                    new byte[0]);
            add(
                    "query-encoding-" + i + "-form",
                    Server.SPARQL,
                    "POST",
                    dataset + "/sparql",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    encodings.get(i).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** Valid questions broken at random: a character dropped, doubled or swapped for a hostile one, a cut. */
    private void drawnQueryMutations() {
        List<String> seeds = List.of(
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?c ?l { ?c skos:prefLabel ?l FILTER(LANG(?l) = \"fr\") } ORDER BY ?l LIMIT 20",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) LIMIT 10",
                "ASK { ?s a <https://w3id.org/ia-sante/def#Priority> FILTER(REGEX(STR(?s), \"^https://\", \"i\")) }",
                "CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } LIMIT 50",
                "SELECT * { VALUES (?x ?y) { (1 \"a\") (2 \"b\"@fr) (UNDEF <urn:x>) } OPTIONAL { ?x ?p ?y } MINUS { ?y ?q ?x } }",
                "SELECT ?s { ?s <http://www.w3.org/2004/02/skos/core#broader>+ ?t FILTER NOT EXISTS { ?t ?p ?s } } LIMIT 5");
        String hostile = "{}()<>\"'\\%?$#:;.,*+|!^&=\u0000\u00ff\u00c3";
        Random random = new Random(SEED);
        for (int i = 0; i < 100; i++) {
            StringBuilder query = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations && query.length() > 0; m++) {
                int at = random.nextInt(query.length());
                switch (random.nextInt(4)) {
                    case 0 -> query.deleteCharAt(at);
                    case 1 -> query.insert(at, hostile.charAt(random.nextInt(hostile.length())));
                    case 2 ->
                        query.insert(at, query.substring(at, Math.min(query.length(), at + 1 + random.nextInt(20))));
                    default -> query.setLength(at);
                }
            }
            String id = "drawn-" + i;
            switch (random.nextInt(3)) {
                case 0 -> getQuery(id + "-get", "/sparql", query.toString());
                case 1 -> postForm(id + "-form", "/sparql", "query", query.toString(), Map.of());
                default ->
                    postDirect(id + "-direct", "/sparql", "application/sparql-query", query.toString(), Map.of());
            }
        }
    }

    // --- SPARQL updates ---

    private void updates() {
        List<String> texts = List.of(
                "LOAD <" + probe + ">",
                "LOAD SILENT <" + probe + "> INTO GRAPH <urn:hostile:load>",
                "LOAD <" + localFile + "> INTO GRAPH <urn:hostile:load>",
                "LOAD <file:///etc/passwd>",
                "LOAD <jar:file:///etc/passwd!/x.ttl>",
                "INSERT DATA { GRAPH <urn:hostile:relative> { <a> <urn:hostile:p> 1 } }",
                "INSERT DATA { GRAPH <relative> { <urn:hostile:s> <urn:hostile:p> 1 } }",
                "BASE <http://example.org/hostile/> INSERT DATA { GRAPH <urn:hostile:based> { <s> <urn:hostile:p> 1 } }",
                "INSERT { GRAPH <urn:hostile:using> { ?s <urn:hostile:copy> ?o } } USING <urn:hostile:none> WHERE { ?s ?p ?o }",
                "WITH <urn:hostile:with> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
                "CLEAR XYZ",
                "INSERT DATA { GRAPH <urn:hostile:vars> { ?s ?p ?o } }",
                "DELETE WHERE { GRAPH <urn:hostile:none> { ?s ?p ?o } }",
                "INSERT { GRAPH <urn:hostile:service> { ?s ?p ?o } } WHERE { SERVICE <" + probe + "> { ?s ?p ?o } }",
                "CREATE GRAPH <urn:hostile:created> ; CREATE GRAPH <urn:hostile:created>",
                "ADD <urn:hostile:none> TO <urn:hostile:target>",
                "MOVE SILENT <urn:hostile:none> TO <urn:hostile:moved>",
                "DROP SILENT GRAPH <urn:hostile:none>",
                "INSERT { GRAPH <urn:hostile:regex> { <urn:hostile:s> <urn:hostile:p> 1 } } WHERE { FILTER(REGEX(\"a\", \"(\")) }",
                "DROP GRAPH <urn:hostile:never-created>",
                "INSERT DATA { GRAPH <urn:hostile:nul> { <urn:hostile:s> <urn:hostile:p> \"a\u0000b\" } }",
                "INSERT DATA { GRAPH <urn:hostile:big> { <urn:hostile:s> <urn:hostile:p> \"" + "a".repeat(300_000)
                        + "\" } }",
                "INSERT { GRAPH <urn:hostile:nested> { <urn:hostile:s> <urn:hostile:p> 1 } } WHERE { "
                        + "{ ".repeat(600) + "}".repeat(600) + " }",
                "INSERT DATA { GRAPH <urn:hostile:bnode-graph> { _:b <urn:hostile:p> 1 } } ; INSERT DATA { GRAPH _:g { <urn:hostile:s> <urn:hostile:p> 1 } }",
                "DELETE DATA { GRAPH <urn:hostile:none> { <urn:hostile:s> <urn:hostile:p> _:b } }",
                "INSERT { GRAPH ?g { <urn:hostile:s> <urn:hostile:p> 1 } } WHERE { BIND(BNODE() AS ?g) }",
                "INSERT { GRAPH ?g { <urn:hostile:s> <urn:hostile:p> 1 } } WHERE { BIND(IRI(\"rel\") AS ?g) }",
                "");
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("anonymous", null);
        credentials.put(
                "wrong",
                "Basic " + Base64.getEncoder().encodeToString("editor:wrong".getBytes(StandardCharsets.UTF_8)));
        credentials.put("malformed", "Basic !!!");

        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String parameters = text.contains("USING <")
                    ? "?using-graph-uri=" + encode("urn:hostile:other")
                    : text.startsWith("WITH") ? "?using-named-graph-uri=" + encode("urn:hostile:other") : "";
            // The editor both ways; someone else, in turn without, with wrong and with malformed credentials.
            String other = List.of("anonymous", "wrong", "malformed").get(i % 3);
            Map<String, String> auth =
                    credentials.get(other) == null ? Map.of() : Map.of("Authorization", credentials.get(other));
            postDirect(
                    "update-" + i + "-editor-direct",
                    "/update" + parameters,
                    "application/sparql-update",
                    text,
                    Map.of("Authorization", editor));
            if (i % 2 == 0)
                postForm(
                        "update-" + i + "-editor-form",
                        "/update" + parameters,
                        "update",
                        text,
                        Map.of("Authorization", editor));
            postDirect(
                    "update-" + i + "-" + other + "-direct",
                    "/update" + parameters,
                    "application/sparql-update",
                    text,
                    auth);
        }
        // The protocol's misuses: GET, two updates, the wrong media type, an update sent to the query endpoints.
        add(
                "update-get",
                Server.SPARQL,
                "GET",
                dataset + "/update?update=CLEAR%20ALL",
                Map.of("Authorization", editor),
                new byte[0]);
        add(
                "update-get-query-endpoint",
                Server.SPARQL,
                "GET",
                dataset + "/sparql?update=CLEAR%20ALL",
                Map.of(),
                new byte[0]);
        add(
                "update-two",
                Server.SPARQL,
                "POST",
                dataset + "/update",
                Map.of("Authorization", editor, "Content-Type", "application/x-www-form-urlencoded"),
                "update=CLEAR%20GRAPH%20%3Curn%3Ahostile%3Aa%3E&update=CLEAR%20GRAPH%20%3Curn%3Ahostile%3Ab%3E"
                        .getBytes(StandardCharsets.US_ASCII));
        add(
                "update-text-plain",
                Server.SPARQL,
                "POST",
                dataset + "/update",
                Map.of("Authorization", editor, "Content-Type", "text/plain"),
                "CLEAR GRAPH <urn:hostile:a>".getBytes(StandardCharsets.US_ASCII));
        add(
                "update-utf16",
                Server.SPARQL,
                "POST",
                dataset + "/update",
                Map.of("Authorization", editor, "Content-Type", "application/sparql-update; charset=UTF-16"),
                "CLEAR GRAPH <urn:hostile:a>".getBytes(StandardCharsets.UTF_16));
        add(
                "update-invalid-utf8",
                Server.SPARQL,
                "POST",
                dataset + "/update",
                Map.of("Authorization", editor, "Content-Type", "application/sparql-update"),
                bytes(
                        "INSERT DATA { GRAPH <urn:hostile:bytes> { <urn:hostile:s> <urn:hostile:p> \"",
                        new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF},
                        "\" } }"));
        // Updates whose WHERE runs to the timeout, holding the store's one writer meanwhile.
        postDirect(
                "update-heavy-regex",
                "/update",
                "application/sparql-update",
                "INSERT { GRAPH <urn:hostile:regex> { <urn:hostile:s> <urn:hostile:p> 1 } } WHERE { FILTER("
                        + REGEX_BOMB + ") }",
                Map.of("Authorization", editor));
        postDirect(
                "update-heavy-join",
                "/update",
                "application/sparql-update",
                "INSERT { GRAPH <urn:hostile:join> { <urn:hostile:s> <urn:hostile:p> ?n } } WHERE { { SELECT (COUNT(*) AS ?n)"
                        + " { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } } }",
                Map.of("Authorization", editor));
        for (String path : List.of("/sparql", "/query", "/get")) {
            postDirect(
                    "update-to" + path.replace('/', '-'),
                    path,
                    "application/sparql-update",
                    "DROP ALL",
                    Map.of("Authorization", editor));
            postForm(
                    "update-form-to" + path.replace('/', '-'),
                    path,
                    "update",
                    "DROP ALL",
                    Map.of("Authorization", editor));
        }
    }

    // --- Graph Store Protocol writes ---

    private void uploads() {
        for (String syntax : SYNTAXES) {
            String name = syntax.substring(syntax.indexOf('/') + 1).replace('+', '-');
            boolean quads = syntax.equals("application/n-quads")
                    || syntax.equals("application/trig")
                    || syntax.equals("application/trix+xml");
            int b = 0;
            for (Map.Entry<String, byte[]> body : uploadBodies(syntax).entrySet()) {
                String id = "upload-" + name + "-" + body.getKey();
                String graph = "/data?graph=" + encode("urn:hostile:" + id);
                // PUT and POST in turn; quads also to the dataset, and once without credentials.
                if (b++ % 2 == 0) upload(id + "-put", "PUT", graph, syntax, body.getValue(), editor);
                else upload(id + "-post", "POST", graph, syntax, body.getValue(), editor);
                if (quads && b % 3 == 0) upload(id + "-post-dataset", "POST", "/data", syntax, body.getValue(), editor);
                if (b == 1) upload(id + "-anonymous", "PUT", graph, syntax, body.getValue(), null);
            }
        }
        byte[] turtle = "<urn:hostile:s> <urn:hostile:p> <urn:hostile:o> .".getBytes(StandardCharsets.UTF_8);
        byte[] json = "{\"@id\": \"urn:hostile:s\", \"urn:hostile:p\": 1}".getBytes(StandardCharsets.UTF_8);
        String graph = "/data?graph=" + encode("urn:hostile:mismatch");
        List<String[]> mismatches = List.of(
                new String[] {"turtle-as-json-ld", "application/ld+json", "t"},
                new String[] {"json-ld-as-turtle", "text/turtle", "j"},
                new String[] {"turtle-as-rdf-xml", "application/rdf+xml", "t"},
                new String[] {"turtle-as-sparql-query", "application/sparql-query", "t"},
                new String[] {"turtle-as-form", "application/x-www-form-urlencoded", "t"},
                new String[] {"turtle-as-octets", "application/octet-stream", "t"},
                new String[] {"turtle-as-garbage", "garbage", "t"},
                new String[] {"turtle-as-empty-type", "", "t"},
                new String[] {"turtle-as-utf16", "text/turtle; charset=UTF-16", "t"},
                new String[] {"turtle-as-unknown-charset", "text/turtle; charset=x-unknown", "t"},
                new String[] {"multipart-without-boundary", "multipart/form-data", "t"},
                new String[] {"multipart-with-garbage", "multipart/form-data; boundary=xyz", "t"},
                new String[] {"turtle-as-html", "text/html", "t"});
        for (String[] mismatch : mismatches) {
            upload(
                    "upload-mismatch-" + mismatch[0],
                    mismatch[0].length() % 2 == 0 ? "PUT" : "POST",
                    graph,
                    mismatch[1],
                    mismatch[2].equals("t") ? turtle : json,
                    editor);
        }
        // Graphs named by blank nodes, which no later request could name.
        Map<String, String> blankGraphs = new LinkedHashMap<>();
        blankGraphs.put("application/n-quads", "<urn:hostile:s> <urn:hostile:p> 1 _:g .");
        blankGraphs.put("application/trig", "_:g { <urn:hostile:s> <urn:hostile:p> 1 }");
        blankGraphs.put(
                "application/ld+json",
                "{\"@id\": \"_:g\", \"@graph\": [{\"@id\": \"urn:hostile:s\", \"urn:hostile:p\": 1}]}");
        blankGraphs.put(
                "application/trix+xml",
                "<TriX xmlns='http://www.w3.org/2004/03/trix/trix-1/'><graph><id>g</id><triple>"
                        + "<uri>urn:hostile:s</uri><uri>urn:hostile:p</uri><plainLiteral>1</plainLiteral></triple></graph></TriX>");
        blankGraphs.forEach((syntax, body) -> upload(
                "upload-blank-graph-"
                        + syntax.substring(syntax.indexOf('/') + 1).replace('+', '-'),
                "POST",
                "/data",
                syntax,
                utf8(body),
                editor));
        add(
                "upload-multipart-bad-part",
                Server.SPARQL,
                "POST",
                dataset + graph,
                Map.of("Authorization", editor, "Content-Type", "multipart/form-data; boundary=b"),
                ("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                                + "<a> <b> .\r\n--b--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        // Targets that name no graph, or two, or one that is no IRI.
        List<String> targets = List.of(
                "/data?graph=",
                "/data?graph=rel",
                "/data?graph=%",
                "/data?graph=%00",
                "/data?graph=a%20b",
                "/data?graph=urn:hostile:x&default",
                "/data?graph=urn:hostile:x&graph=urn:hostile:y",
                "/data?default=1&graph",
                "/data?graph=" + encode(probe),
                "/data?graph=" + encode("file:///etc/passwd"),
                "/data/../sparql",
                "/data?default");
        for (int i = 0; i < targets.size(); i++) {
            upload(
                    "upload-target-" + i + "-put",
                    "PUT",
                    targets.get(i),
                    "text/turtle",
                    "<urn:hostile:s> <urn:hostile:p> .".getBytes(StandardCharsets.UTF_8),
                    editor);
            upload(
                    "upload-target-" + i + "-delete",
                    "DELETE",
                    targets.get(i).replace("default", "defaultx"),
                    "",
                    new byte[0],
                    editor);
            upload("upload-target-" + i + "-patch", "PATCH", targets.get(i), "text/turtle", turtle, editor);
        }
        upload("upload-delete-default-anonymous", "DELETE", "/data?default", "", new byte[0], null);
        upload(
                "upload-delete-missing",
                "DELETE",
                "/data?graph=" + encode("urn:hostile:never"),
                "",
                new byte[0],
                editor);
    }

    /** Bodies of one syntax: broken, with relative IRIs, empty, bytes of no syntax, and each syntax's own traps. */
    private Map<String, byte[]> uploadBodies(String syntax) {
        Map<String, byte[]> bodies = allUploadBodies(syntax);
        // TriG and N3 share Turtle's reader: their own framing, and the traps that overflowed it.
        if (syntax.equals("application/trig") || syntax.equals("text/n3")) {
            bodies.keySet()
                    .retainAll(List.of(
                            "garbage", "valid", "relative", "truncated", "deep-blank-nodes", "deep-collections"));
        }
        return bodies;
    }

    private Map<String, byte[]> allUploadBodies(String syntax) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty", new byte[0]);
        bodies.put(
                "garbage",
                bytes("", new byte[] {0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3, (byte) 0xC3, 0x28}, "}}}]]]>>>"));
        bodies.put("invalid-utf8", bytes("<urn:hostile:s> <urn:hostile:p> \"", new byte[] {(byte) 0xC3, 0x28}, "\" ."));
        bodies.put("nul", "<urn:hostile:s> <urn:hostile:p> \"a\u0000b\" .".getBytes(StandardCharsets.UTF_8));
        String base = "urn:hostile:s";
        String probeXml = probe.replace("&", "&amp;");
        switch (syntax) {
            case "text/turtle", "text/n3", "application/trig" -> {
                String open = syntax.equals("application/trig") ? "<urn:hostile:g> { " : "";
                String close = syntax.equals("application/trig") ? " }" : "";
                bodies.put("valid", utf8(open + "<" + base + "> <urn:hostile:p> \"o\" ." + close));
                bodies.put("relative", utf8(open + "<a> <urn:hostile:p> <b> ." + close));
                bodies.put("relative-base", utf8("@base <rel/> . " + open + "<a> <urn:hostile:p> 1 ." + close));
                bodies.put("base-probe", utf8("@base <" + probe + "> . " + open + "<a> <urn:hostile:p> 1 ." + close));
                bodies.put("prefix-probe", utf8("@prefix p: <" + probe + "> . " + open + "p:a p:b p:c ." + close));
                bodies.put("truncated", utf8(open + "<" + base + "> <urn:hostile:p> \"o"));
                bodies.put(
                        "deep-blank-nodes",
                        utf8(open + "<" + base + "> <urn:hostile:p> " + "[ <urn:hostile:p> ".repeat(5000) + "1"
                                + " ]".repeat(5000) + " ." + close));
                bodies.put(
                        "deep-collections",
                        utf8(open + "<" + base + "> <urn:hostile:p> " + "( ".repeat(5000) + "1" + " )".repeat(5000)
                                + " ." + close));
                bodies.put(
                        "long-literal",
                        utf8(open + "<" + base + "> <urn:hostile:p> \"" + "a".repeat(300_000) + "\" ." + close));
                bodies.put(
                        "bad-escape", utf8(open + "<" + base + "> <urn:hostile:p> \"\\uZZZZ\\U0011FFFF\" ." + close));
                bodies.put(
                        "bad-language",
                        utf8(open + "<" + base + "> <urn:hostile:p> \"o\"@" + "x".repeat(300) + "-- ." + close));
                bodies.put(
                        "bad-datatype",
                        utf8(open + "<" + base + "> <urn:hostile:p> \"x\"^^<http://www.w3.org/2001/XMLSchema#integer> ."
                                + close));
            }
            case "application/n-triples", "application/n-quads" -> {
                String graph = syntax.equals("application/n-quads") ? " <urn:hostile:g>" : "";
                bodies.put("valid", utf8("<" + base + "> <urn:hostile:p> \"o\"" + graph + " ."));
                bodies.put("relative", utf8("<a> <urn:hostile:p> <b>" + graph + " ."));
                bodies.put("relative-graph", utf8("<" + base + "> <urn:hostile:p> <urn:hostile:o> <g> ."));
                bodies.put("truncated", utf8("<" + base + "> <urn:hostile:p"));
                bodies.put(
                        "long-literal",
                        utf8("<" + base + "> <urn:hostile:p> \"" + "a".repeat(300_000) + "\"" + graph + " ."));
                bodies.put("bad-escape", utf8("<" + base + "> <urn:hostile:p> \"\\uD800\"" + graph + " ."));
                bodies.put("spaces-in-iri", utf8("<urn:hostile:a b> <urn:hostile:p> 1" + graph + " ."));
            }
            case "application/rdf+xml", "application/trix+xml" -> {
                boolean trix = syntax.equals("application/trix+xml");
                String ns = trix
                        ? "xmlns='http://www.w3.org/2004/03/trix/trix-1/'"
                        : "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'";
                String root = trix ? "TriX" : "rdf:RDF";
                String valid = trix
                        ? "<graph><uri>urn:hostile:g</uri><triple><uri>" + base
                                + "</uri><uri>urn:hostile:p</uri><plainLiteral>&x;</plainLiteral></triple></graph>"
                        : "<rdf:Description rdf:about='" + base + "'><rdf:value>&x;</rdf:value></rdf:Description>";
                bodies.put("valid", utf8("<" + root + " " + ns + ">" + valid.replace("&x;", "o") + "</" + root + ">"));
                bodies.put(
                        "relative",
                        utf8(
                                trix
                                        ? "<TriX " + ns
                                                + "><graph><uri>g</uri><triple><uri>a</uri><uri>urn:hostile:p</uri><uri>b</uri></triple></graph></TriX>"
                                        : "<rdf:RDF " + ns
                                                + "><rdf:Description rdf:about='a'><rdf:value rdf:resource='b'/></rdf:Description></rdf:RDF>"));
                bodies.put(
                        "billion-laughs",
                        utf8("<?xml version='1.0'?><!DOCTYPE r [" + laughs() + "]><" + root + " " + ns + ">"
                                + valid.replace("&x;", "&l9;") + "</" + root + ">"));
                bodies.put(
                        "external-entity",
                        utf8("<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM '" + probeXml + "'>]><" + root + " "
                                + ns + ">" + valid + "</" + root + ">"));
                bodies.put(
                        "external-file-entity",
                        utf8("<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM '" + localFile + "'>]><" + root + " "
                                + ns + ">" + valid + "</" + root + ">"));
                bodies.put(
                        "external-dtd",
                        utf8("<?xml version='1.0'?><!DOCTYPE r SYSTEM '" + probeXml + "'><" + root + " " + ns + ">"
                                + valid.replace("&x;", "o") + "</" + root + ">"));
                bodies.put(
                        "parameter-entity",
                        utf8("<?xml version='1.0'?><!DOCTYPE r [<!ENTITY % p SYSTEM '" + probeXml + "'> %p;]><" + root
                                + " " + ns + ">" + valid.replace("&x;", "o") + "</" + root + ">"));
                bodies.put(
                        "xinclude",
                        utf8("<" + root + " " + ns + " xmlns:xi='http://www.w3.org/2001/XInclude'><xi:include href='"
                                + probeXml + "'/></" + root + ">"));
                bodies.put(
                        "xml-base-probe",
                        utf8("<" + root + " " + ns + " xml:base='" + probeXml + "'>" + valid.replace("&x;", "o") + "</"
                                + root + ">"));
                bodies.put("truncated", utf8("<" + root + " " + ns + "><rdf:Description"));
                bodies.put(
                        "deep-elements",
                        utf8("<" + root + " " + ns + ">" + "<a>".repeat(5000) + "</a>".repeat(5000) + "</" + root
                                + ">"));
            }
            case "application/ld+json" -> {
                bodies.put("valid", utf8("{\"@id\": \"" + base + "\", \"urn:hostile:p\": \"o\"}"));
                bodies.put("relative", utf8("{\"@id\": \"a\", \"urn:hostile:p\": {\"@id\": \"b\"}}"));
                bodies.put(
                        "remote-context",
                        utf8("{\"@context\": \"" + probe + "\", \"@id\": \"" + base + "\", \"name\": \"o\"}"));
                bodies.put(
                        "remote-context-array",
                        utf8("{\"@context\": [{\"@vocab\": \"urn:hostile:\"}, \"" + probe + "\"], \"@id\": \"" + base
                                + "\"}"));
                bodies.put(
                        "import",
                        utf8("{\"@context\": {\"@version\": 1.1, \"@import\": \"" + probe + "\"}, \"@id\": \"" + base
                                + "\"}"));
                bodies.put("context-file", utf8("{\"@context\": \"" + localFile + "\", \"@id\": \"" + base + "\"}"));
                bodies.put(
                        "base-probe",
                        utf8("{\"@context\": {\"@base\": \"" + probe + "\"}, \"@id\": \"a\", \"urn:hostile:p\": 1}"));
                bodies.put("truncated", utf8("{\"@id\": \"" + base + "\", \"urn:hostile:p\": "));
                bodies.put(
                        "deep-arrays",
                        utf8("{\"@id\": \"" + base + "\", \"urn:hostile:p\": " + "[".repeat(5000) + "1"
                                + "]".repeat(5000) + "}"));
                bodies.put(
                        "deep-objects",
                        utf8("{\"@id\": \"" + base + "\", \"urn:hostile:p\": " + "{\"urn:hostile:p\": ".repeat(3000)
                                + "1" + "}".repeat(3000) + "}"));
                bodies.put("not-an-object", utf8("42"));
                bodies.put("bad-keyword", utf8("{\"@id\": 1, \"@type\": {\"a\": 1}, \"@graph\": \"x\"}"));
            }
            case "application/rdf+json" -> {
                bodies.put(
                        "valid",
                        utf8("{\"" + base + "\": {\"urn:hostile:p\": [{\"type\": \"literal\", \"value\": \"o\"}]}}"));
                bodies.put("relative", utf8("{\"a\": {\"urn:hostile:p\": [{\"type\": \"uri\", \"value\": \"b\"}]}}"));
                bodies.put(
                        "bad-type",
                        utf8("{\"" + base + "\": {\"urn:hostile:p\": [{\"type\": \"nothing\", \"value\": 1}]}}"));
                bodies.put("truncated", utf8("{\"" + base + "\": {"));
                bodies.put("deep-arrays", utf8("[".repeat(5000) + "]".repeat(5000)));
            }
            default -> {
                // The binary syntaxes: a few bytes of their framing, then garbage.
                bodies.put("truncated", new byte[] {0x0A, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x10});
                bodies.put(
                        "huge-length",
                        new byte[] {0x0A, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F, 1, 2});
                bodies.put("turtle", utf8("<" + base + "> <urn:hostile:p> \"o\" ."));
            }
        }
        return bodies;
    }

    private static String laughs() {
        StringBuilder entities = new StringBuilder("<!ENTITY l0 'lol'>");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY l")
                    .append(i)
                    .append(" '")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("'>");
        }
        return entities.toString();
    }

    // --- Graph Store Protocol reads ---

    private void graphReads() {
        List<String> targets = List.of(
                "/get?graph=",
                "/get?graph=rel",
                "/get?graph=%",
                "/get?graph=%zz",
                "/get?graph=%00",
                "/get?graph=a%20b",
                "/get?graph=urn:hostile:never",
                "/get?graph=urn:hostile:x&default",
                "/get?graph=" + encode(probe),
                "/get?graph=" + encode("file:///etc/passwd"),
                "/get?graph=" + "x".repeat(9000),
                "/get?graph=" + encode("https://w3id.org/ia-sante/graph/resume-feuille-de-route-dns-2025-07")
                        + "&graph=urn:x",
                "/get/../update",
                "/get?default&format=../../etc/passwd",
                "/get?graph=\u00c3\u0028");
        for (int i = 0; i < targets.size(); i++) {
            for (String method : List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS")) {
                add(
                        "gsp-read-" + i + "-" + method,
                        Server.SPARQL,
                        method,
                        dataset + targets.get(i),
                        Map.of("Accept", i % 2 == 0 ? "text/turtle" : "application/nonsense"),
                        new byte[0]);
            }
        }
    }

    // --- the site ---

    private void sitePaths() {
        List<String> paths = List.of(
                "/",
                "/describe",
                "/describe?iri=",
                "/describe?iri=" + encode(probe),
                "/describe?iri=%00",
                "/describe?iri=" + encode("javascript:alert(1)"),
                "/describe?iri=" + "x".repeat(6000),
                "/describe?iri=" + encode("file:///etc/passwd"),
                "/describe?iri=%",
                "/describe?iri=%C3%28",
                "/describe?iri=" + encode("https://w3id.org/ia-sante/id/priority/regulation") + "&iri=x",
                "/describe?iri=" + encode("<https://w3id.org/ia-sante/> } DROP ALL #"),
                "/doc/priority/regulation",
                "/doc/priority/regulation.ttl",
                "/doc/priority/regulation.xyz",
                "/doc/../../etc/passwd",
                "/doc/%2e%2e/%2e%2e/etc/passwd",
                "/doc/priority/%00",
                "/doc/priority/%2F%2F",
                "/doc/priority/..%2F..%2F..%2Fetc%2Fpasswd",
                "/doc/priority/" + "a".repeat(3000),
                "/doc/%C3%28/x",
                "/id/priority/regulation",
                "/id/priority/%00",
                "/id/..%2F..%2Fetc",
                "/id/priority/regulation?lang=" + "x".repeat(500),
                "/priorities?lang=xx-%00",
                "/priorities?lang=" + encode("en;q=abc"),
                "/phases?year=abc",
                "/phases?year=99999999999999999999",
                "/search?q=" + encode("<script>alert(1)</script>"),
                "/search?q=" + encode("(.*a){30}"),
                "/search?q=" + "a".repeat(5000),
                "/search?q=%00",
                "/search?q=%",
                "/api/priorities?lang=%00",
                "/api/phases?year=abc",
                "/api/phases?year=-99999999999999999999",
                "/api/search?q=" + encode("(.*a){30}"),
                "/api/search?q=%00",
                "/api/search",
                "/api/labels?iri=%00",
                "/api/labels?iri=" + encode(probe),
                "/api/queries/..%2F..%2Fetc%2Fpasswd",
                "/api/queries/%00",
                "/api/queries/select-priorities?x=%00",
                "/api/queries/select-actions-in-year?year=" + encode("2024\" } DROP ALL #"),
                "/api/queries/" + "x".repeat(3000),
                "/api/openapi",
                "/api/nothing",
                "/queries/%2e%2e",
                "/queries/..%2Fapplication.yml",
                "/dumps/..%2F..%2Fetc%2Fpasswd",
                "/dumps/%00",
                "/dumps/x.nq.gz",
                "/dumps/..",
                "/def.xyz",
                "/def/../../etc/passwd",
                "/def/%00",
                "/error",
                "/error?status=500",
                "/actuator",
                "/actuator/health",
                "/actuator/env",
                "/actuator/heapdump",
                "/actuator/prometheus",
                "/actuator/threaddump",
                "/actuator/configprops",
                "/actuator/shutdown",
                "/actuator/health/%2e%2e/env",
                "/.well-known/void",
                "/.well-known/sparql-examples",
                "/.well-known/../application.yml",
                "/sparql?query=" + encode("SELECT * { SERVICE <" + probe + "> {} }"),
                "/sparql/prefixes",
                "/favicon.svg",
                "/static/../application.yml",
                "/WEB-INF/web.xml",
                "/META-INF/MANIFEST.MF",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/;jsessionid=x",
                "/doc;x=y/priority/regulation",
                "//etc/passwd",
                "/\\..\\..\\etc\\passwd",
                "/%5c..%5c..%5cetc",
                "/" + "a/".repeat(2000),
                "/x?" + "a=1&".repeat(1500),
                "/doc/priority/regulation\u00c3\u0028",
                "/%",
                "/%zz",
                "/doc/priority/regulation%20HTTP/1.1%0d%0aX-Injected:%201",
                "/comparisons?page=-1",
                "/source-facts?after=%00",
                "/used-by?iri=" + encode(probe),
                "/sources?page=99999999999999999999");
        List<String> accepts = List.of("text/html", "application/json", "*/*;q=x, garbage/;;");
        for (int i = 0; i < paths.size(); i++) {
            add(
                    "site-" + i,
                    Server.SITE,
                    "GET",
                    paths.get(i),
                    Map.of("Accept", accepts.get(i % accepts.size())),
                    new byte[0]);
        }
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS")) {
            for (String path : List.of("/", "/api/priorities", "/actuator/shutdown", "/describe?iri=x", "/error")) {
                add(
                        "site-" + method + path.replaceAll("[^a-z]", "-"),
                        Server.SITE,
                        method,
                        path,
                        Map.of("Content-Type", "application/json"),
                        utf8("{\"a\": [[[[1]]]]}"));
            }
        }
    }

    // --- headers, on both servers ---

    private void headers() {
        List<Map<String, String>> headers = List.of(
                Map.of("Host", "evil.example"),
                Map.of("Host", ""),
                Map.of("Host", "localhost:99999"),
                Map.of("Host", "127.0.0.1:" + sitePort + "@evil.example"),
                Map.of("Accept", "garbage"),
                Map.of("Accept", "*/*;q=x"),
                Map.of("Accept", "text/html;q=0, */*;q=0"),
                Map.of("Accept", "a/b;" + "p=1;".repeat(2000)),
                Map.of("Accept", "text/turtle;charset=nonsense"),
                Map.of("Accept-Language", "junk;;;q=zz"),
                Map.of("Accept-Language", "*;q=abc, " + "xx-".repeat(200)),
                Map.of("Accept-Language", "\u00ff\u00fe"),
                Map.of("Authorization", "Basic !!!"),
                Map.of(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))),
                Map.of("Authorization", "Basic " + "A".repeat(4000)),
                Map.of("Authorization", "Bearer x.y.z"),
                Map.of("Authorization", "Digest username=\"a\""),
                Map.of("X-Huge", "x".repeat(20_000)),
                Map.of("X-Nul", "a\u0000b"),
                Map.of("X-Bytes", "\u00c3\u0028\u00ff"),
                Map.of("Content-Type", "garbage"),
                Map.of("Content-Length", "abc"),
                Map.of("Range", "bytes=999999999-"),
                Map.of("If-None-Match", "*"),
                Map.of("If-Modified-Since", "yesterday"),
                Map.of(
                        "X-Forwarded-Host",
                        "evil.example",
                        "X-Forwarded-Proto",
                        "gopher",
                        "X-Forwarded-For",
                        "999.0.0.1, %00"),
                Map.of("Forwarded", "for=\"[::1\";host=evil.example"),
                Map.of("Cookie", "lang=" + "x".repeat(3000) + "; =; ;;"),
                Map.of("Origin", "null", "Access-Control-Request-Method", "DELETE"),
                Map.of("Upgrade", "h2c", "HTTP2-Settings", "!!!", "Connection", "Upgrade, HTTP2-Settings"),
                Map.of("Expect", "100-continue-ish"),
                Map.of("Transfer-Encoding", "gzip"),
                Map.of("Accept-Encoding", "br;q=x, *;q=-1"),
                Map.of("Referer", probe));
        List<String[]> targets = List.of(
                new String[] {"site", "/"},
                new String[] {"site", "/api/priorities"},
                new String[] {"sparql", dataset + "/sparql?query=ASK%7B%7D"},
                new String[] {"sparql", dataset + "/update"});
        for (int h = 0; h < headers.size(); h++) {
            for (String[] target : targets) {
                Server server = target[0].equals("site") ? Server.SITE : Server.SPARQL;
                boolean update = target[1].endsWith("/update");
                Map<String, String> sent = new LinkedHashMap<>(headers.get(h));
                byte[] body = new byte[0];
                if (update) {
                    sent.putIfAbsent("Content-Type", "application/sparql-update");
                    body = utf8("CLEAR SILENT GRAPH <urn:hostile:header>");
                }
                add(
                        "header-" + h + "-" + server.name().toLowerCase()
                                + target[1]
                                        .replaceAll("[^a-z]+", "-")
                                        .substring(
                                                0,
                                                Math.min(
                                                        20,
                                                        target[1]
                                                                .replaceAll("[^a-z]+", "-")
                                                                .length())),
                        server,
                        update ? "POST" : "GET",
                        target[1],
                        sent,
                        body);
            }
        }
    }

    // --- request lines no client library writes ---

    private void requestLines() {
        for (Server server : Server.values()) {
            String path = server == Server.SITE ? "/" : dataset + "/sparql?query=ASK%7B%7D";
            List<String> lines = List.of(
                    "FOO " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "TRACE " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Secret: x\r\n\r\n",
                    "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n",
                    "GET " + path + " HTTP/1.0\r\n\r\n",
                    "GET " + path + " HTTP/2.0\r\nHost: localhost\r\n\r\n",
                    "GET " + path + " HTTP/9.9\r\nHost: localhost\r\n\r\n",
                    "get " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "GET  " + path + "  HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "GET http://evil.example" + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "GET " + path + " HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                    "GET " + path + " HTTP/1.1\nHost: localhost\n\n",
                    "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n Folded: header\r\n\r\n",
                    "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nNo-Colon\r\n\r\n",
                    "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX: a\rb\r\n\r\n",
                    "POST " + path
                            + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                    "POST " + path
                            + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n",
                    "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n",
                    "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999999999999\r\n\r\n",
                    "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + "X-Many: 1\r\n".repeat(500) + "\r\n",
                    "\r\n\r\nGET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    "GET\r\n\r\n",
                    "\u0000\u0001\u0002\u00ff\r\n\r\n",
                    "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n");
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                // Each connection closes after its answer: nothing here keeps it open.
                String closed = text.endsWith("\r\n\r\n")
                                && text.contains("HTTP/1.1\r\n")
                                && !text.contains("Content-Length")
                                && !text.contains("chunked")
                        ? text.substring(0, text.length() - 2) + "Connection: close\r\n\r\n"
                        : text;
                cases.add(new HostileCase(
                        "line-" + server.name().toLowerCase() + "-" + i,
                        server,
                        server == Server.SITE ? sitePort : sparqlPort,
                        closed.getBytes(StandardCharsets.ISO_8859_1),
                        shorten(text),
                        false));
            }
        }
    }

    // --- building requests ---

    private void getQuery(String id, String path, String query) {
        add(id, Server.SPARQL, "GET", dataset + path + "?query=" + encode(query), Map.of(), new byte[0]);
    }

    private void postForm(String id, String path, String field, String text, Map<String, String> headers) {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        sent.put("Content-Type", "application/x-www-form-urlencoded");
        add(id, Server.SPARQL, "POST", dataset + path, sent, utf8(field + "=" + encode(text)));
    }

    private void postDirect(String id, String path, String contentType, String text, Map<String, String> headers) {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        sent.put("Content-Type", contentType);
        byte[] body = contentType.contains("UTF-16") ? text.getBytes(StandardCharsets.UTF_16) : utf8(text);
        add(id, Server.SPARQL, "POST", dataset + path, sent, body);
    }

    private void upload(
            String id, String method, String target, String contentType, byte[] body, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!contentType.isEmpty()) headers.put("Content-Type", contentType);
        if (authorization != null) headers.put("Authorization", authorization);
        add(id, Server.SPARQL, method, dataset + target, headers, body);
    }

    private void add(String id, Server server, String method, String target, Map<String, String> headers, byte[] body) {
        int port = server == Server.SITE ? sitePort : sparqlPort;
        byte[] request = RawHttp.request(method, target, port, headers, body);
        String shown = method + " " + shorten(target) + " " + headers.keySet()
                + (body.length > 0
                        ? " body " + body.length + " B: " + shorten(new String(body, StandardCharsets.ISO_8859_1))
                        : "");
        boolean writes = (target.startsWith(dataset + "/update") || target.startsWith(dataset + "/data"))
                && editor.equals(headers.get("Authorization"));
        cases.add(new HostileCase(id, server, port, request, shown, writes));
    }

    private static String shorten(String text) {
        String printable = text.chars()
                .mapToObj(c -> c < 0x20 || c > 0x7E ? String.format("\\x%02x", c & 0xFF) : String.valueOf((char) c))
                .limit(160)
                .collect(Collectors.joining());
        return text.length() > 160 ? printable + "…(" + text.length() + " chars)" : printable;
    }

    private static String inList(int terms) {
        return "SELECT ?o { ?s ?p ?o FILTER(?o IN ("
                + IntStream.range(0, terms).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + ")) }";
    }

    private static byte[] bytes(String before, byte[] raw, String after) {
        return concat(concat(utf8(before), raw), utf8(after));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

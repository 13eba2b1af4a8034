package org.w3id.iasante.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;

/** The formats a query's answer can be written in: tables for SELECT and ASK, graphs for CONSTRUCT and DESCRIBE. */
public enum ResultFormat {
    JSON(ResultSetLang.RS_JSON, null),
    XML(ResultSetLang.RS_XML, null),
    CSV(ResultSetLang.RS_CSV, null),
    TSV(ResultSetLang.RS_TSV, null),
    TEXT(ResultSetLang.RS_Text, null),
    TURTLE(null, Lang.TURTLE),
    NTRIPLES(null, Lang.NTRIPLES),
    JSONLD(null, Lang.JSONLD),
    RDFXML(null, Lang.RDFXML);

    private final Lang table;
    private final Lang graph;

    ResultFormat(Lang table, Lang graph) {
        this.table = table;
        this.graph = graph;
    }

    /** Case-insensitive name, e.g. {@code json}, {@code turtle}. */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown format '" + name + "'; use one of "
                            + Arrays.stream(values())
                                    .map(f -> f.name().toLowerCase(Locale.ROOT))
                                    .toList(),
                    e);
        }
    }

    /** The format used when none is asked for: a text table, or Turtle for graphs. */
    public static ResultFormat defaultFor(Query query) {
        return query.isConstructType() || query.isDescribeType() ? TURTLE : TEXT;
    }

    /** Runs {@code exec} and writes its answer; the format must suit the query's kind. */
    public void write(Query query, QueryExec exec, OutputStream out) {
        if (query.isSelectType() || query.isAskType()) {
            if (table == null) throw unsuited(query, "a table (json, xml, csv, tsv, text)");
            if (query.isAskType()) ResultSetMgr.write(out, exec.ask(), table);
            else ResultSetMgr.write(out, ResultSet.adapt(exec.select()), table);
            return;
        }
        if (graph == null) throw unsuited(query, "a graph (turtle, ntriples, jsonld, rdfxml)");
        Graph answer = query.isConstructType() ? exec.construct() : exec.describe();
        RDFDataMgr.write(out, answer, graph);
    }

    private IllegalArgumentException unsuited(Query query, String expected) {
        return new IllegalArgumentException("The format " + name().toLowerCase(Locale.ROOT) + " does not suit a "
                + query.queryType() + " query, whose answer is " + expected);
    }
}

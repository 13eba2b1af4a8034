package org.w3id.iasante.query;

/** What a catalogue query is for, read from its file name as OBO ontologies name theirs. */
public enum QueryRole {
    /** {@code select-*.rq}: a question answered by a table. */
    SELECT,
    /** {@code construct-*.rq}: a question answered by a graph. */
    CONSTRUCT,
    /** {@code ask-*.rq}: a yes/no question. */
    ASK,
    /** {@code *-violation.rq}: a check on the graph; every row it returns is a defect. */
    VIOLATION;

    static QueryRole ofFileName(String fileName) {
        if (fileName.endsWith("-violation.rq")) return VIOLATION;
        if (fileName.startsWith("select-")) return SELECT;
        if (fileName.startsWith("construct-")) return CONSTRUCT;
        if (fileName.startsWith("ask-")) return ASK;
        throw new IllegalArgumentException(fileName + ": a catalogue query is named select-*.rq, construct-*.rq,"
                + " ask-*.rq or *-violation.rq, so its role shows in its name");
    }
}

package org.w3id.iasante.knowledge;

/**
 * A knowledge file that cannot be used: a syntax error, a warning of the parser (for instance a
 * literal that is not a valid number), or a file that breaks the naming rules of its folder.
 * The message says what is wrong, where (file, line, column) and how to fix it.
 */
public final class InvalidKnowledgeFileException extends RuntimeException {

    private final String file;
    private final long line;
    private final long column;

    public InvalidKnowledgeFileException(String file, long line, long column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InvalidKnowledgeFileException(String file, String problem) {
        this(file, -1, -1, problem);
    }

    public String file() {
        return file;
    }

    /** 1-based line of the problem, or -1 when it concerns the whole file. */
    public long line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public long column() {
        return column;
    }

    private static String format(String file, long line, long column, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + problem;
    }
}

package org.w3id.iasante.hdh;

/**
 * An HDH input file that cannot be imported: missing, malformed or incomplete. The message says
 * which file, where (line, column when known), what is wrong; nothing of that import is written.
 */
public final class HdhInputException extends RuntimeException {

    public HdhInputException(String file, long line, long column, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem, cause);
    }

    public HdhInputException(String file, String problem) {
        this(file, -1, -1, problem, null);
    }
}

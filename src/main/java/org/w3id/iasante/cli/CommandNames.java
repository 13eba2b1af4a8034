package org.w3id.iasante.cli;

import java.util.Set;

/**
 * The names that make the jar run a command rather than the server. Apart from {@link Cli} so
 * that starting the server does not load picocli and the commands first (≈ 0.15 s of a cold start).
 */
public final class CommandNames {

    private static final Set<String> COMMANDS = Set.of(
            "validate",
            "load",
            "query",
            "export",
            "backup",
            "compact",
            "import-hdh",
            "help",
            "--help",
            "-h",
            "--version",
            "-V");

    private CommandNames() {}

    /** Whether these arguments ask for a command rather than the server. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }
}

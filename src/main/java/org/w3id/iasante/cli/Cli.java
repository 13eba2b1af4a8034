package org.w3id.iasante.cli;

import java.io.PrintWriter;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.w3id.iasante.knowledge.InvalidKnowledgeFileException;
import org.w3id.iasante.query.UnknownQueryException;
import org.w3id.iasante.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of the same jar: tools over the knowledge files and the store, no server. */
@Command(
        name = "ia-sante",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Tools over the AI-in-health roadmap graph. With no command, the application serves it.",
        subcommands = {
            ValidateCommand.class,
            LoadCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            CompactCommand.class,
            ImportHdhCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Cli implements Runnable {

    /** Exit status of a command whose input was wrong (bad file, unknown query, store in use…). */
    static final int BAD_INPUT = 2;

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs a command with its output and errors going to the given writers; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (isBadInput(e)) {
                line.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    private static boolean isBadInput(Exception e) {
        return e instanceof IllegalArgumentException
                || e instanceof org.w3id.iasante.hdh.HdhInputException
                || e instanceof InvalidKnowledgeFileException
                || e instanceof UnknownQueryException
                || e instanceof StoreUnavailableException
                || e instanceof QueryParseException
                || e instanceof RiotException;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                new CommandLine(this), "Name a command: validate, load, query, export, backup or import-hdh");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"ia-sante " + (version == null ? "(development build)" : version)};
        }
    }
}

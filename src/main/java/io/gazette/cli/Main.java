package io.gazette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code jobs/gazette} and of the cluster jar ({@code spark-submit --class io.gazette.cli.Main}). */
@Command(name = "gazette", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns dumps of scraped news pages into a partitioned article table.",
        subcommands = {RunCommand.class, ExtractCommand.class, InspectCommand.class, EvaluateCommand.class,
                SchemaCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Errors a person can act on get one line; anything else is a bug and gets the trace.
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("gazette: " + e.getMessage());
                return 2;
            }
            if (e instanceof io.gazette.spark.AccountingException) {
                cmd.getErr().println("gazette: records lost: " + e.getMessage());
                return 3;
            }
            throw e;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{io.gazette.extract.Pipeline.VERSION};
        }
    }
}

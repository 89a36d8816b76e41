package io.litmine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code litmine} command line. Each subcommand is a small class of its own; this one only
 * registers them and turns exceptions into one-line messages with a non-zero exit status.
 */
@Command(
        name = "litmine",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Streaming literature mining: PubMed → Kafka → Flink + BioGPT → Neo4j.",
        subcommands = {
            IngestCommand.class,
            DemoCommand.class,
            RunCommand.class,
            QueryCommand.class,
            TokenizeCommand.class,
            GenerateCommand.class,
            ParseCommand.class,
            EvalCommand.class,
            ExtractCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Litmine implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Litmine())
                .setExecutionExceptionHandler(new OneLineErrors())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package io.litmine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code litmine bench}: benchmarks that print figures (never tests that assert a time). */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures litmine's engines and prints the figures.",
        subcommands = {
            BenchParseCommand.class,
            BenchGenerateCommand.class,
            BenchPipelineCommand.class
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

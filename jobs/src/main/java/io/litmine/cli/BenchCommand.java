package io.litmine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code litmine bench}: benchmarks that print figures as JSON lines. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that print their figures as one JSON line.",
        subcommands = {BenchGenerateCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

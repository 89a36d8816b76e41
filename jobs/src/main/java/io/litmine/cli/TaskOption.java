package io.litmine.cli;

import io.litmine.tasks.BioGptTask;
import io.litmine.tasks.Tasks;
import java.util.Iterator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --task} option of the task commands ({@code extract}, {@code eval}, {@code parse}), as
 * a picocli mixin so they name, list and check it the same way: valid names in {@code --help} and
 * shell completion, an unknown name a usage error that lists them.
 */
final class TaskOption {

    /** Lets picocli list the valid names in {@code --help} and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Tasks.names().iterator();
        }
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--task",
            required = true,
            completionCandidates = Names.class,
            description = "The task: ${COMPLETION-CANDIDATES}.")
    String name;

    /** The task named by {@code --task}, or a usage error listing the valid names. */
    BioGptTask<?> task() {
        try {
            return Tasks.byName(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    mixee.commandLine(), "--task: " + e.getMessage());
        }
    }
}

package io.litmine.cli;

import io.litmine.tasks.BioGptTask;
import io.litmine.tasks.Tasks;
import java.util.Iterator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --task} option shared by the task commands: names listed in help, checked early. */
final class TaskOption {

    /** Lets picocli list the valid names in {@code --help} and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Tasks.names().iterator();
        }
    }

    private TaskOption() {}

    /** The task called {@code name}, or a usage error listing the valid names. */
    static BioGptTask<?> resolve(CommandSpec spec, String name) {
        try {
            return Tasks.byName(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--task: " + e.getMessage());
        }
    }
}

package io.litmine.tasks;

import java.util.List;

/** The tasks litmine ships, by command-line name. */
public final class Tasks {

    private static final List<BioGptTask<?>> ALL =
            List.of(new KdDtiTask(), new DdiTask(), new Bc5cdrTask(), new HocTask());

    private Tasks() {}

    /** Every task, in the order the command line lists them. */
    public static List<BioGptTask<?>> all() {
        return ALL;
    }

    /** The names accepted by {@link #byName}. */
    public static List<String> names() {
        return ALL.stream().map(BioGptTask::name).toList();
    }

    /** The task called {@code name}; the error lists the valid names. */
    public static BioGptTask<?> byName(String name) {
        for (BioGptTask<?> task : ALL) {
            if (task.name().equals(name)) {
                return task;
            }
        }
        throw new IllegalArgumentException(
                "unknown task '" + name + "', expected one of " + String.join(", ", names()));
    }
}

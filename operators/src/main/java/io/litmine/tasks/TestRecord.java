package io.litmine.tasks;

import java.util.List;
import java.util.Objects;

/**
 * One record of a task's test set: its id (PMID, DDI document id, or 1-based HoC sentence number)
 * and the source texts the model reads for it.
 */
public record TestRecord(String id, List<String> sources) {
    public TestRecord {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
    }
}

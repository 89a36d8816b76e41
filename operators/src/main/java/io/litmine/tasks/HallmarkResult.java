package io.litmine.tasks;

import java.util.List;
import java.util.Objects;

/**
 * The hallmarks of cancer named by one HoC generation (or by a whole article, see {@link
 * HocTask#combine}).
 *
 * @param failed the template {@code the type of this document is} was not found
 * @param extracted the raw text after the template, stripped, exactly as the official script writes
 *     it (e.g. {@code "evading growth suppressors | sustaining proliferative signaling"}); {@code
 *     "failed"} when {@code failed}
 * @param labels the known labels in {@code extracted} (split on {@code |}, stripped, unknown
 *     strings dropped, duplicates collapsed), which is what the official evaluation counts
 */
public record HallmarkResult(boolean failed, String extracted, List<String> labels)
        implements TaskResult {

    /** What the official script writes for a line without the template. */
    public static final String FAILED = "failed";

    public HallmarkResult {
        Objects.requireNonNull(extracted, "extracted");
        labels = List.copyOf(labels);
    }
}

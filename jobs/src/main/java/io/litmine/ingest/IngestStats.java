package io.litmine.ingest;

import io.litmine.pubmed.RecordProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts of one ingestion run, for the progress line, the summary and the exit status. */
public final class IngestStats {
    private final long startNanos = System.nanoTime();
    private long articles;
    private long deletions;
    private long skipped;
    private int files;
    private final List<RecordProblem> problems = new ArrayList<>();

    void article() {
        articles++;
    }

    void deletion() {
        deletions++;
    }

    void skipped() {
        skipped++;
    }

    void file() {
        files++;
    }

    void problem(RecordProblem problem) {
        problems.add(problem);
    }

    public long articles() {
        return articles;
    }

    public long deletions() {
        return deletions;
    }

    public long records() {
        return articles + deletions;
    }

    public long skippedRecords() {
        return skipped;
    }

    public List<RecordProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** One line: what was published, how fast, and what was rejected. */
    public String summary(String destination) {
        double seconds = Math.max(seconds(), 1e-3);
        return String.format(
                Locale.ROOT,
                "ingest: %d records (%d articles, %d %s) from %d %s to %s in %.1f s (%.0f"
                        + " records/s); %d rejected, %d skipped",
                records(),
                articles,
                deletions,
                deletions == 1 ? "deletion" : "deletions",
                files,
                files == 1 ? "file" : "files",
                destination,
                seconds,
                records() / seconds,
                problems.size(),
                skipped);
    }
}

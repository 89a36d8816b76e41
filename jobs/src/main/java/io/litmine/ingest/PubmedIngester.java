package io.litmine.ingest;

import io.litmine.pubmed.PubmedXmlReader;
import io.litmine.pubmed.ReadItem;
import io.litmine.pubmed.RecordProblem;
import io.litmine.schemas.DeletionRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads PubMed XML files in the order given and sends every record to a sink. Update files must be
 * applied in numeric order, so files are never reordered or read concurrently. Each bad record is
 * reported on its own line and the rest of the file still goes through; the sink is flushed at the
 * end of each file, so a failure never leaves a file half-acknowledged silently.
 */
public final class PubmedIngester {
    private static final Logger LOG = LoggerFactory.getLogger(PubmedIngester.class);

    private final RecordSink sink;
    private final PrintWriter messages;
    private final ProgressBar progress;
    private final IngestStats stats = new IngestStats();

    public PubmedIngester(RecordSink sink, PrintWriter messages, boolean showProgress) {
        this.sink = sink;
        this.messages = messages;
        this.progress = new ProgressBar(messages, showProgress);
    }

    public IngestStats stats() {
        return stats;
    }

    /** Ingests one file; problems in it are counted and reported, never thrown. */
    public void ingestFile(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            fail(new RecordProblem(file.toString(), 0, null, "no such file", true));
            return;
        } catch (IOException e) {
            fail(
                    new RecordProblem(
                            file.toString(), 0, null, "cannot read: " + e.getMessage(), true));
            return;
        }
        try (PubmedXmlReader reader = PubmedXmlReader.open(file)) {
            progress.startFile(reader.source(), size, stats.records());
            ingest(reader);
        } catch (IOException e) {
            fail(
                    new RecordProblem(
                            file.toString(), 0, null, "cannot read: " + e.getMessage(), true));
        }
        sink.flush();
        progress.clear();
        stats.file();
        LOG.debug("{} done: {} records so far", file, stats.records());
    }

    /** Ingests an already opened stream (an efetch response, say) without closing it. */
    public void ingest(PubmedXmlReader reader) {
        ReadItem item;
        while ((item = reader.next()) != null) {
            if (item instanceof ReadItem.Parsed parsed) {
                sink.send(parsed.record());
                if (parsed.record() instanceof DeletionRecord) {
                    stats.deletion();
                } else {
                    stats.article();
                }
            } else if (item instanceof ReadItem.Rejected rejected) {
                fail(rejected.problem());
            } else if (item instanceof ReadItem.Skipped skipped) {
                stats.skipped();
                LOG.info(
                        "{}: record {} skipped: {}",
                        skipped.source(),
                        skipped.position(),
                        skipped.reason());
            }
            progress.update(reader.bytesRead(), stats.records());
        }
    }

    private void report(String message) {
        progress.clear();
        messages.println(message);
    }

    /** Records a problem that prevents a whole input from being read (a missing file, say). */
    void fail(RecordProblem problem) {
        stats.problem(problem);
        report(problem.describe());
    }
}

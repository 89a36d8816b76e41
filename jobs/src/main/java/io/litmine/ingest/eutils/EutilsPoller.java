package io.litmine.ingest.eutils;

import io.litmine.ingest.IngestException;
import io.litmine.ingest.PubmedIngester;
import io.litmine.ingest.RecordSink;
import io.litmine.pubmed.PubmedXmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls PubMed through E-utilities one day at a time: for each day, esearch by entry date and by
 * modification date on the history server, their union ({@code #a OR #b}, so a record both entered
 * and revised that day comes once), then efetch of the union in batches. After each batch is
 * published and flushed, the state file records it; a restart repeats the day's searches and
 * continues at the saved index. If the day's count changed in between (a record was revised again),
 * the day restarts from its first record: a duplicate, which downstream version handling absorbs,
 * is preferred to a gap. Days are taken up to yesterday by default, since today's set is still
 * growing.
 */
public final class EutilsPoller {
    private static final Logger LOG = LoggerFactory.getLogger(EutilsPoller.class);
    private static final DateTimeFormatter PUBMED_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final EutilsClient client;
    private final PubmedIngester ingester;
    private final RecordSink sink;
    private final Path stateFile;
    private final int batchSize;
    private final PrintWriter messages;

    public EutilsPoller(
            EutilsClient client,
            PubmedIngester ingester,
            RecordSink sink,
            Path stateFile,
            int batchSize,
            PrintWriter messages) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batch size must be 1..10000: " + batchSize);
        }
        this.client = client;
        this.ingester = ingester;
        this.sink = sink;
        this.stateFile = stateFile;
        this.batchSize = batchSize;
        this.messages = messages;
    }

    /**
     * Publishes every record entered or modified from the first day not yet done through {@code
     * until}. {@code since} is needed only when the state file does not exist yet.
     */
    public void poll(String query, LocalDate since, LocalDate until) {
        PollState state = PollState.load(stateFile).orElse(null);
        if (state != null && !state.query().equals(query)) {
            throw new IngestException(
                    "state file "
                            + stateFile
                            + " belongs to query '"
                            + state.query()
                            + "', not '"
                            + query
                            + "'; use another --state file");
        }
        if (state == null) {
            if (since == null) {
                throw new IngestException(
                        "state file " + stateFile + " does not exist: give --since");
            }
            state = PollState.fresh(query);
        }
        LocalDate first = firstDay(state, since);
        if (first.isAfter(until)) {
            messages.println("eutils: up to date through " + until);
            return;
        }
        for (LocalDate day = first; !day.isAfter(until); day = day.plusDays(1)) {
            state = pollDay(state, day);
        }
    }

    private static LocalDate firstDay(PollState state, LocalDate since) {
        if (state.day() != null) {
            return state.day();
        }
        if (state.completedThrough() != null) {
            return state.completedThrough().plusDays(1);
        }
        return since;
    }

    private PollState pollDay(PollState state, LocalDate day) {
        SearchResult union = searchDay(state.query(), day);
        int start = 0;
        if (day.equals(state.day())) {
            if (union.count() == state.dayCount()) {
                start = state.nextIndex();
                LOG.info("resuming {} at record {} of {}", day, start, union.count());
            } else {
                LOG.warn(
                        "{} now has {} records, not {}: restarting the day (duplicates, no gap)",
                        day,
                        union.count(),
                        state.dayCount());
            }
        }
        for (int next = start; next < union.count(); next += batchSize) {
            int max = Math.min(batchSize, union.count() - next);
            publish(
                    client.fetch(union, next, max),
                    "efetch " + day + " [" + next + "+" + max + ")");
            sink.flush();
            state = state.inProgress(day, union.count(), next + max);
            state.save(stateFile);
        }
        state = state.completed(day);
        state.save(stateFile);
        LOG.info("{}: {} records entered or modified", day, union.count());
        return state;
    }

    private SearchResult searchDay(String query, LocalDate day) {
        String date = day.format(PUBMED_DATE);
        String term = query.isBlank() ? "all[sb]" : query;
        SearchResult entered =
                client.search(
                        Map.of("term", term, "datetype", "edat", "mindate", date, "maxdate", date));
        SearchResult modified =
                client.search(
                        Map.of(
                                "term", term,
                                "datetype", "mdat",
                                "mindate", date,
                                "maxdate", date,
                                "WebEnv", entered.webEnv()));
        return client.search(
                Map.of(
                        "term",
                        "#" + entered.queryKey() + " OR #" + modified.queryKey(),
                        "WebEnv",
                        modified.webEnv()));
    }

    private void publish(byte[] xml, String source) {
        try (PubmedXmlReader reader = PubmedXmlReader.open(new ByteArrayInputStream(xml), source)) {
            ingester.ingest(reader);
        } catch (IOException e) {
            throw new IngestException(source + ": cannot read response: " + e.getMessage(), e);
        }
    }
}

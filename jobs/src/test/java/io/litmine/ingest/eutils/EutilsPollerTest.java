package io.litmine.ingest.eutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.ingest.IngestException;
import io.litmine.ingest.PubmedIngester;
import io.litmine.ingest.RecordSink;
import io.litmine.schemas.PubmedRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** E-utilities polling against a local server that serves recorded MEDLINE citations. */
class EutilsPollerTest {
    private static final LocalDate FIRST = FakeEutilsServer.FIRST_DAY;
    private static final LocalDate LAST = FIRST.plusDays(FakeEutilsServer.DAYS - 1);
    private static final RetryPolicy FAST_RETRY =
            new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(2));

    @TempDir Path dir;
    private FakeEutilsServer server;
    private final List<String> published = new ArrayList<>();
    private final StringWriter messages = new StringWriter();

    @BeforeEach
    void startServer() throws Exception {
        Path medline =
                Path.of(System.getProperty("litmine.home", ".."))
                        .resolve("data/pubmed/medline16n0902.xml.gz");
        server = new FakeEutilsServer(medline);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private void poll(EutilsClient client, String query, LocalDate since, LocalDate until) {
        RecordSink sink = new CollectingSink(published);
        PubmedIngester ingester = new PubmedIngester(sink, new PrintWriter(messages), false);
        new EutilsPoller(
                        client,
                        ingester,
                        sink,
                        dir.resolve("state.json"),
                        100,
                        new PrintWriter(messages))
                .poll(query, since, until);
    }

    private EutilsClient fastClient() {
        return new EutilsClient(server.base(), null, FAST_RETRY, 1000);
    }

    /** What a complete run must publish: each day's entered-or-modified set, once per day. */
    private List<String> everyDaysRecords() {
        List<String> expected = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            expected.addAll(server.expected(day, day));
        }
        return expected;
    }

    @Test
    void publishesEachDaysEnteredOrModifiedRecordsOnce() {
        poll(fastClient(), "", FIRST, LAST);

        assertThat(published).containsExactlyInAnyOrderElementsOf(everyDaysRecords());
        assertThat(everyDaysRecords()).hasSizeGreaterThan(300);
        assertThat(PollState.load(dir.resolve("state.json")))
                .hasValue(new PollState("", LAST, null, 0, 0));
    }

    @Test
    void restartContinuesWhereItStoppedWithNoGapAndNoDuplicate() {
        AtomicInteger fetches = new AtomicInteger();
        server.faults =
                seen ->
                        seen.utility().equals("efetch.fcgi") && fetches.incrementAndGet() > 2
                                ? new FakeEutilsServer.Fault(500, null)
                                : null;
        assertThatThrownBy(() -> poll(fastClient(), "", FIRST, LAST))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("efetch.fcgi answered HTTP 500 (attempt 3)");
        assertThat(published).hasSize(200);
        PollState stopped = PollState.load(dir.resolve("state.json")).orElseThrow();
        assertThat(stopped.day()).isEqualTo(FIRST);
        assertThat(stopped.nextIndex()).isEqualTo(200);

        server.faults = seen -> null;
        poll(fastClient(), "", null, LAST);

        assertThat(published).containsExactlyInAnyOrderElementsOf(everyDaysRecords());
    }

    @Test
    void retriesTooManyRequestsAndUnavailableHonouringRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        server.faults =
                seen ->
                        switch (calls.incrementAndGet()) {
                            case 1 -> new FakeEutilsServer.Fault(429, "1");
                            case 5 -> new FakeEutilsServer.Fault(503, null);
                            default -> null;
                        };

        poll(fastClient(), "", FIRST, FIRST);

        assertThat(published).containsExactlyInAnyOrderElementsOf(server.expected(FIRST, FIRST));
        long waitedNanos = server.requests.get(1).nanos() - server.requests.get(0).nanos();
        assertThat(Duration.ofNanos(waitedNanos)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void spacesRequestsForThreePerSecondWithoutAnApiKey() {
        poll(new EutilsClient(server.base(), null, FAST_RETRY), "", FIRST, FIRST);

        // Arrival times carry network jitter (the first request also opens the connection), so
        // check the average spacing after the first; RateLimiterTest checks the exact bound.
        List<FakeEutilsServer.Seen> seen = server.requests;
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
        long span = seen.get(seen.size() - 1).nanos() - seen.get(1).nanos();
        assertThat(Duration.ofNanos(span / (seen.size() - 2)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1000 / 3));
    }

    @Test
    void unionsEntryAndModificationDateSearchesOnTheHistoryServer() {
        poll(fastClient(), "", FIRST, FIRST);

        List<FakeEutilsServer.Seen> searches =
                server.requests.stream().filter(s -> s.utility().equals("esearch.fcgi")).toList();
        assertThat(searches)
                .extracting(s -> s.params().get("datetype"))
                .containsExactly("edat", "mdat", null);
        assertThat(searches.get(2).params().get("term")).isEqualTo("#1 OR #2");
        assertThat(searches).allMatch(s -> "y".equals(s.params().get("usehistory")));
        assertThat(searches.get(0).params().get("mindate")).isEqualTo("2026/11/01");
    }

    @Test
    void refusesAStateFileMadeForAnotherQuery() {
        poll(fastClient(), "", FIRST, FIRST);

        assertThatThrownBy(() -> poll(fastClient(), "aspirin", null, LAST))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("belongs to query ''");
    }

    @Test
    void needsSinceForTheFirstRun() {
        assertThatThrownBy(() -> poll(fastClient(), "", null, LAST))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("give --since");
    }

    @Test
    void saysSoWhenThereIsNothingNewToFetch() {
        poll(fastClient(), "", FIRST, LAST);
        int before = server.requests.size();

        poll(fastClient(), "", null, LAST);

        assertThat(server.requests).hasSize(before);
        assertThat(messages.toString()).contains("up to date through 2026-11-03");
    }

    /** A sink that keeps the PMIDs it was sent. */
    private record CollectingSink(List<String> pmids) implements RecordSink {
        @Override
        public void send(PubmedRecord record) {
            pmids.add(record.pmid());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}

package io.litmine.cli;

import io.litmine.ingest.PubmedIngester;
import io.litmine.ingest.RecordSink;
import io.litmine.ingest.eutils.EutilsClient;
import io.litmine.ingest.eutils.EutilsPoller;
import io.litmine.ingest.eutils.RetryPolicy;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --eutils} options of {@code litmine ingest}. */
final class EutilsOptions {
    @Option(
            names = "--eutils",
            required = true,
            description = "poll PubMed through E-utilities instead of reading files")
    boolean enabled;

    @Option(
            names = "--since",
            paramLabel = "YYYY/MM/DD",
            converter = PubmedDate.class,
            description = "first entry/modification day (needed when --state does not exist yet)")
    LocalDate since;

    @Option(
            names = "--until",
            paramLabel = "YYYY/MM/DD",
            converter = PubmedDate.class,
            description = "last day, inclusive (default: yesterday, UTC; today is still growing)")
    LocalDate until;

    @Option(
            names = "--query",
            defaultValue = "",
            description = "PubMed search to restrict to, e.g. 'drug therapy[sh]' (default: all)")
    String query;

    @Option(
            names = "--api-key-env",
            paramLabel = "VAR",
            defaultValue = "NCBI_API_KEY",
            description =
                    "environment variable holding an NCBI API key (default: ${DEFAULT-VALUE}); with a key"
                            + " 10 requests/s, without 3")
    String apiKeyEnv;

    @Option(
            names = "--state",
            required = true,
            paramLabel = "FILE",
            description = "state file: a restart continues where the last run stopped")
    Path state;

    @Option(
            names = "--batch-size",
            defaultValue = "200",
            description = "records per efetch request (default: ${DEFAULT-VALUE}, at most 10000)")
    int batchSize;

    @Option(
            names = "--eutils-url",
            defaultValue = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/",
            description = "E-utilities base URL (default: ${DEFAULT-VALUE})")
    URI baseUrl;

    @Option(
            names = "--retry-initial-ms",
            defaultValue = "1000",
            description = "first retry delay; doubles up to 60 s (default: ${DEFAULT-VALUE})")
    long retryInitialMs;

    void run(PubmedIngester ingester, RecordSink sink, PrintWriter messages) {
        String apiKey = System.getenv(apiKeyEnv);
        RetryPolicy retry =
                new RetryPolicy(
                        6,
                        java.time.Duration.ofMillis(retryInitialMs),
                        java.time.Duration.ofMillis(Math.max(retryInitialMs, 60_000)));
        EutilsClient client =
                new EutilsClient(
                        baseUrl, apiKey == null || apiKey.isBlank() ? null : apiKey, retry);
        LocalDate last = until != null ? until : LocalDate.now(ZoneOffset.UTC).minusDays(1);
        new EutilsPoller(client, ingester, sink, state, batchSize, messages)
                .poll(query.strip(), since, last);
    }

    /** Parses PubMed's {@code YYYY/MM/DD} (ISO {@code YYYY-MM-DD} accepted too). */
    static final class PubmedDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(
                        value.strip().replace('-', '/'), DateTimeFormatter.ofPattern("yyyy/MM/dd"));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date like 2026/11/01");
            }
        }
    }
}

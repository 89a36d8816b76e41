package io.litmine.ingest.eutils;

import io.litmine.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A polite E-utilities client: at most 3 requests/s (10 with an API key), retries with exponential
 * backoff on 429 and 5xx and on network errors, honouring {@code Retry-After}. The API key is sent
 * as a parameter and never logged.
 */
public final class EutilsClient {
    private static final Logger LOG = LoggerFactory.getLogger(EutilsClient.class);
    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);
    private static final String TOOL = "litmine";

    private final URI base;
    private final String apiKey;
    private final HttpClient http;
    private final RateLimiter limiter;
    private final RetryPolicy retry;

    /**
     * @param base the E-utilities base, e.g. {@code https://eutils.ncbi.nlm.nih.gov/entrez/eutils/}
     * @param apiKey NCBI API key, or null
     */
    public EutilsClient(URI base, String apiKey, RetryPolicy retry) {
        this(base, apiKey, retry, apiKey == null ? 3 : 10);
    }

    EutilsClient(URI base, String apiKey, RetryPolicy retry, double requestsPerSecond) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.apiKey = apiKey;
        this.retry = retry;
        this.limiter = new RateLimiter(requestsPerSecond);
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(30))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
    }

    /** esearch with {@code usehistory=y}: the result set stays on the history server. */
    SearchResult search(Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("db", "pubmed");
        all.put("usehistory", "y");
        all.put("retmax", "0");
        String body = new String(post("esearch.fcgi", all), StandardCharsets.UTF_8);
        Document xml = Parser.xmlParser().parseInput(body, "");
        Element error = xml.selectFirst("eSearchResult > ERROR");
        if (error != null) {
            throw new IngestException("esearch error: " + error.text());
        }
        Element count = xml.selectFirst("eSearchResult > Count");
        Element webEnv = xml.selectFirst("eSearchResult > WebEnv");
        Element queryKey = xml.selectFirst("eSearchResult > QueryKey");
        if (count == null || webEnv == null || queryKey == null) {
            throw new IngestException(
                    "esearch answer lacks Count/WebEnv/QueryKey: " + abbreviate(body));
        }
        return new SearchResult(webEnv.text(), queryKey.text(), Integer.parseInt(count.text()));
    }

    /** efetch of records {@code [start, start+max)} of a history result set, as PubMed XML. */
    byte[] fetch(SearchResult set, int start, int max) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("db", "pubmed");
        params.put("WebEnv", set.webEnv());
        params.put("query_key", set.queryKey());
        params.put("retstart", Integer.toString(start));
        params.put("retmax", Integer.toString(max));
        params.put("retmode", "xml");
        return post("efetch.fcgi", params);
    }

    private byte[] post(String utility, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("tool", TOOL);
        if (apiKey != null) {
            all.put("api_key", apiKey);
        }
        HttpRequest request =
                HttpRequest.newBuilder(base.resolve(utility))
                        .timeout(Duration.ofMinutes(5))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(all)))
                        .build();
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                limiter.acquire();
                HttpResponse<InputStream> response =
                        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() == 200) {
                        return body.readAllBytes();
                    }
                    String text =
                            abbreviate(new String(body.readAllBytes(), StandardCharsets.UTF_8));
                    if (!RETRYABLE.contains(response.statusCode())
                            || attempt >= retry.maxAttempts()) {
                        throw new IngestException(
                                utility
                                        + " answered HTTP "
                                        + response.statusCode()
                                        + " (attempt "
                                        + attempt
                                        + "): "
                                        + text);
                    }
                    wait = retryAfter(response).orElse(retry.backoff(attempt));
                    LOG.warn(
                            "{} answered HTTP {}; retry {} in {} ms",
                            utility,
                            response.statusCode(),
                            attempt,
                            wait.toMillis());
                }
            } catch (IOException e) {
                if (attempt >= retry.maxAttempts()) {
                    throw new IngestException(
                            utility + " failed after " + attempt + " attempts: " + e, e);
                }
                wait = retry.backoff(attempt);
                LOG.warn(
                        "{} failed ({}); retry {} in {} ms",
                        utility,
                        e.toString(),
                        attempt,
                        wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IngestException("interrupted during " + utility, e);
            }
            sleep(wait);
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date, capped by the policy. */
    private java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(String::strip)
                .flatMap(
                        value -> {
                            try {
                                return java.util.Optional.of(
                                        Duration.ofSeconds(Long.parseLong(value)));
                            } catch (NumberFormatException notSeconds) {
                                try {
                                    ZonedDateTime at =
                                            ZonedDateTime.parse(
                                                    value, DateTimeFormatter.RFC_1123_DATE_TIME);
                                    return java.util.Optional.of(
                                            Duration.between(ZonedDateTime.now(), at));
                                } catch (DateTimeParseException notDate) {
                                    return java.util.Optional.empty();
                                }
                            }
                        })
                .map(retry::cap);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(Math.max(0, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while backing off", e);
        }
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}

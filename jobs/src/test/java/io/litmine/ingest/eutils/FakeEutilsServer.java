package io.litmine.ingest.eutils;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A local stand-in for NCBI's esearch and efetch, serving the real MEDLINE citations of
 * data/pubmed/medline16n0902.xml.gz as efetch XML. Each citation gets an entry day and a
 * modification day in the first days of November 2026 (some both on the same day), the history
 * server keeps result sets per WebEnv, and {@code #a OR #b} unions them as PubMed does. A fault
 * hook can answer any request with an error instead.
 */
final class FakeEutilsServer implements AutoCloseable {
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);
    static final int DAYS = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final Pattern CITATION =
            Pattern.compile("<MedlineCitation[ >].*?</MedlineCitation>", Pattern.DOTALL);
    private static final Pattern PMID = Pattern.compile("<PMID[^>]*>(\\d+)</PMID>");
    private static final Pattern UNION = Pattern.compile("#(\\d+) OR #(\\d+)");

    /** An error to answer instead of the real response. */
    record Fault(int status, String retryAfter) {}

    /** A request as the server saw it. */
    record Seen(long nanos, String utility, Map<String, String> params) {}

    private final HttpServer server;
    private final Map<String, String> citations = new LinkedHashMap<>();
    private final Map<String, LocalDate> entered = new HashMap<>();
    private final Map<String, LocalDate> modified = new HashMap<>();
    private final Map<String, List<List<String>>> history = new HashMap<>();
    final List<Seen> requests = new CopyOnWriteArrayList<>();
    volatile Function<Seen, Fault> faults = seen -> null;

    FakeEutilsServer(Path medlineGz) throws IOException {
        String xml;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(medlineGz))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher citation = CITATION.matcher(xml);
        int i = 0;
        while (citation.find()) {
            Matcher pmid = PMID.matcher(citation.group());
            pmid.find();
            citations.put(pmid.group(1), citation.group());
            entered.put(pmid.group(1), FIRST_DAY.plusDays(i % DAYS));
            modified.put(pmid.group(1), FIRST_DAY.plusDays((i * 7L / 3) % (DAYS + 2)));
            i++;
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/eutils/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eutils/");
    }

    /** PMIDs entered or modified on any day of {@code [from, to]}. */
    TreeSet<String> expected(LocalDate from, LocalDate to) {
        TreeSet<String> pmids = new TreeSet<>();
        for (String pmid : citations.keySet()) {
            if (within(entered.get(pmid), from, to) || within(modified.get(pmid), from, to)) {
                pmids.add(pmid);
            }
        }
        return pmids;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String utility = exchange.getRequestURI().getPath().replaceFirst(".*/", "");
        Seen seen = new Seen(System.nanoTime(), utility, form(exchange.getRequestBody()));
        requests.add(seen);
        Fault fault = faults.apply(seen);
        if (fault != null) {
            if (fault.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", fault.retryAfter());
            }
            respond(exchange, fault.status(), "<error>injected</error>");
        } else if (utility.equals("esearch.fcgi")) {
            respond(exchange, 200, search(seen.params()));
        } else if (utility.equals("efetch.fcgi")) {
            respond(exchange, 200, fetch(seen.params()));
        } else {
            respond(exchange, 404, "unknown utility");
        }
    }

    private String search(Map<String, String> params) {
        String webEnv = params.getOrDefault("WebEnv", "W" + history.size());
        List<List<String>> sets = history.computeIfAbsent(webEnv, k -> new ArrayList<>());
        Matcher union = UNION.matcher(params.get("term"));
        List<String> result = new ArrayList<>();
        if (union.matches()) {
            TreeSet<String> merged = new TreeSet<>(sets.get(Integer.parseInt(union.group(1)) - 1));
            merged.addAll(sets.get(Integer.parseInt(union.group(2)) - 1));
            result.addAll(merged.descendingSet());
        } else {
            LocalDate from = LocalDate.parse(params.get("mindate"), DATE);
            LocalDate to = LocalDate.parse(params.get("maxdate"), DATE);
            Map<String, LocalDate> dates =
                    params.get("datetype").equals("edat") ? entered : modified;
            citations.keySet().stream()
                    .filter(pmid -> within(dates.get(pmid), from, to))
                    .sorted((a, b) -> b.compareTo(a))
                    .forEach(result::add);
        }
        sets.add(result);
        return "<?xml version=\"1.0\"?><eSearchResult><Count>"
                + result.size()
                + "</Count><RetMax>0</RetMax><RetStart>0</RetStart><QueryKey>"
                + sets.size()
                + "</QueryKey><WebEnv>"
                + webEnv
                + "</WebEnv><IdList></IdList></eSearchResult>";
    }

    private String fetch(Map<String, String> params) {
        List<String> set =
                history.get(params.get("WebEnv"))
                        .get(Integer.parseInt(params.get("query_key")) - 1);
        int start = Integer.parseInt(params.get("retstart"));
        int end = Math.min(set.size(), start + Integer.parseInt(params.get("retmax")));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n");
        for (String pmid : set.subList(start, end)) {
            xml.append("<PubmedArticle>").append(citations.get(pmid)).append("</PubmedArticle>\n");
        }
        return xml.append("</PubmedArticleSet>\n").toString();
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package io.litmine.cli;

import io.litmine.embedded.LitmineHome;
import io.litmine.pubmed.PubmedXmlReader;
import io.litmine.pubmed.ReadItem;
import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code litmine bench parse}: PubMed XML parsing throughput, from bytes in memory (so the disk is
 * not measured) to records, and to records encoded as the topic's JSON.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "PubMed XML parsing throughput: records/s and MB/s of XML (uncompressed) and of the"
                    + " file as given, median of the measured passes, by wall time and by the"
                    + " parsing thread's CPU time (steadier on a shared machine)."
        })
public final class BenchParseCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            description = "PubMed XML file (default: data/pubmed/medline16n0902.xml.gz)")
    Path file;

    @Option(names = "--warmup", defaultValue = "3", description = "unmeasured passes (default: 3)")
    int warmup;

    @Option(names = "--passes", defaultValue = "7", description = "measured passes (default: 7)")
    int passes;

    @Override
    public Integer call() throws IOException {
        Path input =
                file != null
                        ? file
                        : LitmineHome.path().resolve("data/pubmed/medline16n0902.xml.gz");
        byte[] bytes = Files.readAllBytes(input);
        long xmlBytes = uncompressedSize(bytes);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "bench parse: %s, %.2f MB as given, %.2f MB of XML, %d warm-up + %d passes, %s"
                        + " %s%n",
                input.getFileName(),
                bytes.length / 1e6,
                xmlBytes / 1e6,
                warmup,
                passes,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (boolean encode : new boolean[] {false, true}) {
            double[] seconds = new double[passes];
            double[] cpuSeconds = new double[passes];
            long records = 0;
            for (int pass = -warmup; pass < passes; pass++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                records = parse(bytes, input.getFileName().toString(), encode);
                if (pass >= 0) {
                    seconds[pass] = (System.nanoTime() - start) / 1e9;
                    cpuSeconds[pass] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                }
            }
            Arrays.sort(seconds);
            Arrays.sort(cpuSeconds);
            double median = seconds[passes / 2];
            double cpuMedian = cpuSeconds[passes / 2];
            out.printf(
                    Locale.ROOT,
                    "bench parse: %s: wall %,.0f records/s, %.1f MB/s XML, %.1f MB/s as given;"
                            + " parsing-thread CPU %,.0f records/s, %.1f MB/s XML (%d records;"
                            + " wall median %.3f s, min %.3f s, max %.3f s)%n",
                    encode ? "XML -> JSON lines" : "XML -> records",
                    records / median,
                    xmlBytes / 1e6 / median,
                    bytes.length / 1e6 / median,
                    records / cpuMedian,
                    xmlBytes / 1e6 / cpuMedian,
                    records,
                    median,
                    seconds[0],
                    seconds[passes - 1]);
            out.flush();
        }
        return 0;
    }

    private static long parse(byte[] bytes, String name, boolean encode) throws IOException {
        TopicCodec<PubmedRecord> codec = TopicCodec.articles();
        long records = 0;
        long jsonBytes = 0;
        try (PubmedXmlReader reader = PubmedXmlReader.open(new ByteArrayInputStream(bytes), name)) {
            for (ReadItem item = reader.next(); item != null; item = reader.next()) {
                if (item instanceof ReadItem.Parsed parsed) {
                    records++;
                    if (encode) {
                        jsonBytes += codec.encode(parsed.record()).length;
                    }
                }
            }
        }
        return jsonBytes >= 0 ? records : -1;
    }

    private static long uncompressedSize(byte[] bytes) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes.length;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}

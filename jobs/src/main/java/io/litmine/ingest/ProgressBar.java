package io.litmine.ingest;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal: the file, bytes read of its size, records and records/s.
 * Redrawn at most five times a second; silent when output is not a terminal, so logs and pipes stay
 * clean.
 */
final class ProgressBar {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 24;

    private final PrintWriter out;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;
    private String file = "";
    private long fileSize;
    private long fileStartNanos;
    private long fileStartRecords;

    ProgressBar(PrintWriter out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    void startFile(String name, long size, long recordsSoFar) {
        file = name;
        fileSize = size;
        fileStartNanos = System.nanoTime();
        fileStartRecords = recordsSoFar;
        lastDraw = fileStartNanos - REDRAW_NANOS;
    }

    void update(long bytesRead, long records) {
        long now = System.nanoTime();
        if (!enabled || file.isEmpty() || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double seconds = Math.max((now - fileStartNanos) / 1e9, 1e-3);
        double fraction = fileSize > 0 ? Math.min(1.0, (double) bytesRead / fileSize) : 0;
        int filled = (int) Math.round(fraction * WIDTH);
        out.print(
                String.format(
                        Locale.ROOT,
                        "\r%s [%s%s] %3.0f%% %.1f/%.1f MB %,d records %,.0f records/s ",
                        file,
                        "=".repeat(filled),
                        " ".repeat(WIDTH - filled),
                        fraction * 100,
                        bytesRead / 1e6,
                        fileSize / 1e6,
                        records,
                        (records - fileStartRecords) / seconds));
        out.flush();
    }

    /** Ends the bar's line so the next message starts on a fresh one. */
    void clear() {
        if (drawn) {
            out.print("\r\033[K");
            out.flush();
            drawn = false;
        }
    }
}

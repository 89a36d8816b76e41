package io.litmine.pubmed;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Hands jsoup {@code \r} wherever the input has {@code \n}. jsoup's error and position tracking
 * record the start of every line of the whole input (an {@code int} per line, never released),
 * which for a 30,000-record update file of 4–5 million lines grows without bound and breaks our
 * promise that memory is bounded by one record. jsoup treats {@code \r} exactly like {@code \n} as
 * whitespace but does not count it as a line, and our text rules treat both as line breaks, so
 * nothing else changes; error positions are then character offsets rather than lines.
 */
final class LineFeedsAsCarriageReturns extends FilterReader {

    LineFeedsAsCarriageReturns(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        return c == '\n' ? '\r' : c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                buffer[i] = '\r';
            }
        }
        return n;
    }
}

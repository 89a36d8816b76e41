package io.litmine.pubmed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's root element name from its first bytes, before parsing: a file that is not
 * PubMed XML must be refused up front, not parsed whole into memory looking for records.
 */
final class RootElement {
    static final int PEEK_BYTES = 64 * 1024;
    private static final Pattern PROLOG_NOISE =
            Pattern.compile(
                    "<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(\\[.*?\\])?[^>]*>", Pattern.DOTALL);
    private static final Pattern FIRST_TAG = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

    private RootElement() {}

    /** The root element's name, or null when the first 64 KiB hold no start tag. */
    static String peek(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(PEEK_BYTES);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        String withoutProlog = PROLOG_NOISE.matcher(text).replaceAll(" ");
        Matcher tag = FIRST_TAG.matcher(withoutProlog);
        return tag.find() ? tag.group(1) : null;
    }
}

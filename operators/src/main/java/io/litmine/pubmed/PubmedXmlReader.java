package io.litmine.pubmed;

import io.litmine.schemas.DeletionRecord;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * Streams the records of one PubMed XML file: {@code PubmedArticleSet} (baseline and update files,
 * efetch output) or the older {@code MedlineCitationSet}, plain or gzip-compressed. Each citation
 * element is parsed, handed out and removed from the tree, so memory stays bounded by one record
 * whatever the file's size.
 *
 * <p>Bad input never ends the iteration with an exception: a record jsoup reports syntax errors in,
 * a record left unclosed, or one without a PMID comes back as {@link ReadItem.Rejected} and reading
 * continues with the next record. A truncated gzip stream or an unknown root element yields one
 * fatal {@link ReadItem.Rejected} and then the end. jsoup repairs some malformations without
 * reporting them (a stray end tag is ignored); those records are read as repaired.
 *
 * <p>Not thread-safe; one reader per file.
 */
public final class PubmedXmlReader implements AutoCloseable {
    static final Set<String> ROOTS = Set.of("PubmedArticleSet", "MedlineCitationSet");
    private static final Set<String> RECORDS =
            Set.of("PubmedArticle", "PubmedBookArticle", "MedlineCitation", "DeleteCitation");
    private static final int MAX_TRACKED_ERRORS = 64;

    private final String source;
    private final CountingInputStream counted;
    private final Parser parser;
    private final StreamParser stream;
    private Iterator<Element> completed;
    private final Deque<ReadItem> pending = new ArrayDeque<>();
    private int position;
    private boolean finished;

    private PubmedXmlReader(String source, InputStream raw) throws IOException {
        this.source = source;
        this.counted = new CountingInputStream(raw);
        this.parser = Parser.xmlParser().setTrackErrors(MAX_TRACKED_ERRORS).setTrackPosition(true);
        this.stream = new StreamParser(parser);
        BufferedInputStream xml;
        try {
            xml = new BufferedInputStream(decompressed(counted), RootElement.PEEK_BYTES);
            String root = RootElement.peek(xml);
            if (root == null) {
                finishWith("no XML root element (empty file or not XML)");
            } else if (!ROOTS.contains(root)) {
                finishWith(
                        "unknown root element <"
                                + root
                                + ">; expected PubmedArticleSet or MedlineCitationSet");
            }
        } catch (EOFException | ZipException e) {
            finishWith("corrupt or truncated gzip stream: " + e.getMessage());
            xml = null;
        }
        if (!finished) {
            stream.parse(
                    new LineFeedsAsCarriageReturns(
                            new InputStreamReader(xml, StandardCharsets.UTF_8)),
                    "");
            completed = stream.iterator();
        }
    }

    /** Opens a file; {@code .gz} or not is decided by the gzip magic bytes, not the name. */
    public static PubmedXmlReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new PubmedXmlReader(file.getFileName().toString(), in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads a stream (an HTTP body, say); {@code source} names it in records and messages. */
    public static PubmedXmlReader open(InputStream in, String source) throws IOException {
        return new PubmedXmlReader(source, in);
    }

    /** The name records carry in their {@code source} field. */
    public String source() {
        return source;
    }

    /** Bytes read so far from the underlying stream (compressed bytes for a gzip file). */
    public long bytesRead() {
        return counted.count();
    }

    /** The next item, or null at the end of the file. */
    public ReadItem next() {
        while (pending.isEmpty() && !finished) {
            readNextElement();
        }
        return pending.poll();
    }

    private void readNextElement() {
        Element element;
        try {
            element = nextRecordElement();
        } catch (UncheckedIOException e) {
            finishWith(describe(e.getCause()) + " after record " + position);
            return;
        }
        if (element == null) {
            finished = true;
            return;
        }
        try {
            if (element.tagName().equals("DeleteCitation")) {
                for (String pmid : XmlElements.texts(element, "PMID")) {
                    pending.add(new ReadItem.Parsed(new DeletionRecord(pmid, source)));
                }
            } else {
                position++;
                pending.add(citation(element));
            }
        } finally {
            parser.getErrors().clear();
            element.remove();
        }
    }

    /**
     * The next completed child of the root element that is a record. Walking the completed elements
     * ourselves is about twice as fast as {@code StreamParser.selectNext} with a CSS query, which
     * evaluates it on every element. Other children of the root are dropped so they cannot pile up
     * in memory.
     */
    private Element nextRecordElement() {
        while (completed.hasNext()) {
            Element element = completed.next();
            Element parent = element.parent();
            if (parent == null || !ROOTS.contains(parent.tagName())) {
                continue;
            }
            if (RECORDS.contains(element.tagName())) {
                return element;
            }
            element.remove();
        }
        return null;
    }

    private ReadItem citation(Element element) {
        String pmid = CitationMapper.pmidOf(element);
        if (isUnclosed(element)) {
            return rejected(
                    pmid, "record ends before its </" + element.tagName() + "> (truncated XML)");
        }
        String syntax = syntaxProblem(element);
        if (syntax != null) {
            return rejected(pmid, syntax);
        }
        if (element.tagName().equals("PubmedBookArticle")) {
            return new ReadItem.Skipped(source, position, pmid, "PubmedBookArticle (book chapter)");
        }
        try {
            return new ReadItem.Parsed(CitationMapper.map(element, source));
        } catch (CitationMapper.UnusableCitationException e) {
            return rejected(pmid, e.getMessage());
        }
    }

    /** The first syntax error jsoup reported inside the record, or an element left unclosed. */
    private String syntaxProblem(Element record) {
        if (!parser.getErrors().isEmpty()) {
            ParseError error = parser.getErrors().get(0);
            return "malformed XML at character "
                    + error.getPosition()
                    + ": "
                    + error.getErrorMessage();
        }
        for (Element element : record.getAllElements()) {
            if (isUnclosed(element)) {
                return "malformed XML: <"
                        + element.tagName()
                        + "> opened at character "
                        + element.sourceRange().startPos()
                        + " is never closed";
            }
        }
        return null;
    }

    /**
     * jsoup closes an element implicitly both for {@code <X/>} and for a missing end tag. A
     * self-closed element's implicit end sits at its own start; a missing end tag's elsewhere.
     */
    private static boolean isUnclosed(Element element) {
        return element.endSourceRange().isImplicit()
                && (element.childNodeSize() > 0
                        || element.endSourceRange().startPos() != element.sourceRange().startPos());
    }

    private ReadItem rejected(String pmid, String reason) {
        return new ReadItem.Rejected(new RecordProblem(source, position, pmid, reason, false));
    }

    private void finishWith(String reason) {
        pending.add(
                new ReadItem.Rejected(new RecordProblem(source, position + 1, null, reason, true)));
        finished = true;
    }

    private static String describe(IOException e) {
        if (e instanceof EOFException || e instanceof ZipException) {
            return "corrupt or truncated gzip stream (" + e.getMessage() + ")";
        }
        return "read error: " + e;
    }

    private static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        boolean gzip = first == 0x1f && second == 0x8b;
        return gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }

    @Override
    public void close() {
        finished = true;
        stream.close();
        try {
            counted.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + source, e);
        }
    }
}

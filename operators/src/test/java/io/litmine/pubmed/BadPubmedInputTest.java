package io.litmine.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.schemas.PubmedRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Bad input never ends reading with an exception: each bad record is named (file, position, PMID)
 * with a reason, and the good records before and after it are still read.
 */
class BadPubmedInputTest {

    private static String citation(String pmid, String title) {
        return "<PubmedArticle><MedlineCitation><PMID Version=\"1\">"
                + pmid
                + "</PMID><Article><ArticleTitle>"
                + title
                + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>";
    }

    private static String set(String... records) {
        return "<?xml version=\"1.0\"?>\n<PubmedArticleSet>"
                + String.join("\n", records)
                + "</PubmedArticleSet>";
    }

    private static List<ReadItem> read(String xml) throws IOException {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ReadItem> read(byte[] bytes) throws IOException {
        try (PubmedXmlReader reader =
                PubmedXmlReader.open(new ByteArrayInputStream(bytes), "bad.xml")) {
            return PubmedFiles.drain(reader);
        }
    }

    private static List<String> pmids(List<ReadItem> items) {
        return items.stream()
                .filter(ReadItem.Parsed.class::isInstance)
                .map(i -> ((ReadItem.Parsed) i).record())
                .map(PubmedRecord::pmid)
                .toList();
    }

    private static List<RecordProblem> problems(List<ReadItem> items) {
        return items.stream()
                .filter(ReadItem.Rejected.class::isInstance)
                .map(i -> ((ReadItem.Rejected) i).problem())
                .toList();
    }

    @Test
    void rejectsARecordWithASyntaxErrorAndKeepsItsNeighbours() throws IOException {
        List<ReadItem> items =
                read(set(citation("1", "ok"), citation("2", "a <= b"), citation("3", "ok")));

        assertThat(pmids(items)).containsExactly("1", "3");
        RecordProblem problem = problems(items).get(0);
        assertThat(problem.position()).isEqualTo(2);
        assertThat(problem.pmid()).isEqualTo("2");
        assertThat(problem.fatal()).isFalse();
        assertThat(problem.describe())
                .startsWith("bad.xml: record 2 (PMID 2): malformed XML at character ")
                .contains("Unexpected character '='");
    }

    @Test
    void rejectsARecordWithAnUnclosedElement() throws IOException {
        String unclosed =
                "<PubmedArticle><MedlineCitation><PMID>2</PMID><Article><ArticleTitle>never"
                        + " closed</Article></MedlineCitation></PubmedArticle>";
        List<ReadItem> items = read(set(citation("1", "ok"), unclosed, citation("3", "ok")));

        assertThat(pmids(items)).containsExactly("1", "3");
        assertThat(problems(items).get(0).describe())
                .contains("record 2 (PMID 2)")
                .contains("<ArticleTitle>")
                .contains("never closed");
    }

    @Test
    void rejectsARecordWithoutAPmid() throws IOException {
        String noPmid =
                "<PubmedArticle><MedlineCitation><Article><ArticleTitle>x</ArticleTitle>"
                        + "</Article></MedlineCitation></PubmedArticle>";
        List<ReadItem> items = read(set(citation("1", "ok"), noPmid, citation("3", "ok")));

        assertThat(pmids(items)).containsExactly("1", "3");
        assertThat(problems(items))
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.describe())
                                        .isEqualTo("bad.xml: record 2: record without a PMID"));
    }

    @Test
    void rejectsTheLastRecordOfATruncatedFile() throws IOException {
        String xml = set(citation("1", "ok"), citation("2", "ok"));
        List<ReadItem> items =
                read(xml.substring(0, xml.indexOf("</ArticleTitle>", xml.indexOf(">2<"))));

        assertThat(pmids(items)).containsExactly("1");
        assertThat(problems(items).get(0).describe())
                .contains("record 2 (PMID 2)")
                .contains("truncated");
    }

    @Test
    void stopsAtATruncatedGzipStreamAfterPublishingWhatCameBefore() throws IOException {
        byte[] gz = Files.readAllBytes(PubmedFiles.file("medline16n0902.xml.gz"));
        List<ReadItem> items = read(Arrays.copyOf(gz, gz.length / 2));

        List<String> pmids = pmids(items);
        assertThat(pmids).hasSizeBetween(100, 603);
        RecordProblem last = problems(items).get(problems(items).size() - 1);
        assertThat(last.fatal()).isTrue();
        assertThat(last.describe()).contains("truncated gzip");
        assertThat(items.get(items.size() - 1)).isEqualTo(new ReadItem.Rejected(last));
    }

    @Test
    void refusesAnUnknownRootElementUpFront() throws IOException {
        List<ReadItem> items =
                read(
                        "<?xml version=\"1.0\"?><!-- note --><eSearchResult><Count>1</Count></eSearchResult>");

        assertThat(items).singleElement().isInstanceOf(ReadItem.Rejected.class);
        assertThat(problems(items).get(0).describe())
                .isEqualTo(
                        "bad.xml: stopped at record 1: unknown root element <eSearchResult>;"
                                + " expected PubmedArticleSet or MedlineCitationSet");
    }

    @Test
    void refusesAnEmptyFileAndText() throws IOException {
        assertThat(problems(read("")))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no XML root element"));
        assertThat(problems(read("just some text")))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no XML root element"));
    }

    @Test
    void readsGzipByItsMagicBytesWhateverTheName() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(set(citation("7", "zipped")).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(pmids(read(gz.toByteArray()))).containsExactly("7");
    }

    @Test
    void skipsBookArticlesWithoutCallingThemErrors() throws IOException {
        String book =
                "<PubmedBookArticle><BookDocument><PMID>5</PMID></BookDocument></PubmedBookArticle>";
        List<ReadItem> items = read(set(citation("1", "ok"), book));

        assertThat(pmids(items)).containsExactly("1");
        assertThat(problems(items)).isEmpty();
        assertThat(items.get(1)).isInstanceOf(ReadItem.Skipped.class);
    }
}

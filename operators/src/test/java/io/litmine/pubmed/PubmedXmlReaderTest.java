package io.litmine.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.schemas.AbstractSection;
import io.litmine.schemas.ArticleRecord;
import io.litmine.schemas.DeletionRecord;
import io.litmine.schemas.PubmedRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading the real PubMed and MEDLINE files bundled under data/pubmed (see its README). */
class PubmedXmlReaderTest {

    private static List<PubmedRecord> records(String file) throws IOException {
        List<ReadItem> items = PubmedFiles.readAll(PubmedFiles.file(file));
        assertThat(items).allMatch(ReadItem.Parsed.class::isInstance);
        return items.stream().map(i -> ((ReadItem.Parsed) i).record()).toList();
    }

    private static Map<String, ArticleRecord> articles(String file) throws IOException {
        return records(file).stream()
                .filter(ArticleRecord.class::isInstance)
                .map(ArticleRecord.class::cast)
                .collect(Collectors.toMap(ArticleRecord::pmid, Function.identity(), (a, b) -> b));
    }

    @Test
    void readsEveryCitationOfTheOldMedlineFormatAndItsDeletion() throws IOException {
        List<PubmedRecord> records = records("medline16n0902.xml.gz");

        List<ArticleRecord> articles =
                records.stream()
                        .filter(ArticleRecord.class::isInstance)
                        .map(ArticleRecord.class::cast)
                        .toList();
        assertThat(articles).hasSize(604);
        assertThat(articles).extracting(ArticleRecord::pmid).doesNotHaveDuplicates();
        assertThat(records)
                .filteredOn(DeletionRecord.class::isInstance)
                .containsExactly(new DeletionRecord("26432306", "medline16n0902.xml.gz"));
        assertThat(articles).filteredOn(ArticleRecord::hasAbstract).hasSize(526);
        assertThat(articles).filteredOn(a -> !a.meshTerms().isEmpty()).hasSize(94);
        assertThat(articles)
                .filteredOn(a -> a.sections().stream().anyMatch(s -> s.category() != null))
                .hasSize(215);
        assertThat(articles).allMatch(a -> a.version() == 1);
        assertThat(articles).allMatch(a -> a.published() != null);
        assertThat(articles)
                .filteredOn(a -> a.publicationTypes().contains("Journal Article"))
                .hasSize(575);
        assertThat(articles).filteredOn(a -> a.revised() != null).hasSize(444);
    }

    @Test
    void readsEveryPubmedArticleOfTheCurrentFormat() throws IOException {
        int articles = 0;
        for (Path file : PubmedFiles.all()) {
            if (!file.getFileName().toString().startsWith("medline")) {
                articles +=
                        (int)
                                records(file.getFileName().toString()).stream()
                                        .filter(ArticleRecord.class::isInstance)
                                        .count();
            }
        }
        assertThat(articles).isEqualTo(14);
    }

    @Test
    void keepsLabelsOfAStructuredAbstractInOrder() throws IOException {
        ArticleRecord gut = articles("pubmed4.xml").get("27797938");

        assertThat(gut.sections())
                .extracting(AbstractSection::label)
                .containsExactly("OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS");
        assertThat(gut.sections()).allMatch(s -> s.category() == null);
        assertThat(gut.abstractText())
                .startsWith("OBJECTIVE: Telomere shortening occurs")
                .contains(". DESIGN: We measured prediagnostic")
                .contains("r2<0.25");
        assertThat(gut.title())
                .isEqualTo(
                        "Leucocyte telomere length, genetic variants at the TERT gene region and"
                                + " risk of pancreatic cancer.");
        assertThat(gut.journal()).isEqualTo("Gut");
        assertThat(gut.published()).isEqualTo("2017-06");
        assertThat(gut.revised()).isEqualTo("2018-04-17");
        assertThat(gut.language()).isEqualTo("eng");
        assertThat(gut.meshTerms())
                .hasSize(21)
                .startsWith("Adenocarcinoma")
                .endsWith("United States");
        assertThat(gut.publicationTypes()).hasSize(5).startsWith("Journal Article");
    }

    @Test
    void keepsBothLabelAndNlmCategory() throws IOException {
        ArticleRecord record = articles("pubmed5.xml").get("28775130");

        assertThat(record.sections())
                .extracting(AbstractSection::label, AbstractSection::category)
                .startsWith(org.assertj.core.groups.Tuple.tuple("OBJECTIVES", "OBJECTIVE"));
        assertThat(record.sections())
                .extracting(AbstractSection::category)
                .containsExactly("OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS");
        assertThat(record.meshTerms()).isEmpty();
        assertThat(record.revised()).isEqualTo("2018-04-25");
    }

    @Test
    void dropsPrettyPrintIndentationAroundInlineMarkupButKeepsTheCharacters() throws IOException {
        ArticleRecord nejm = articles("pubmed-29768149.xml").get("29768149");

        assertThat(nejm.abstractText()).contains("fast-acting β2-agonist may be");
        assertThat(nejm.abstractText())
                .doesNotContain("\n")
                .doesNotContain("\t")
                .doesNotContain("  ");
        assertThat(nejm.sections())
                .extracting(AbstractSection::label)
                .containsExactly("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
        assertThat(nejm.published()).isEqualTo("2018-05-17");
        assertThat(nejm.publicationTypes()).hasSize(6);
    }

    @Test
    void joinsInlineMarkupAsWrittenWhenTheFileHasNoSpacesAroundIt() throws IOException {
        assertThat(articles("title_with_html_tags.xml").get("27797938").title())
                .contains("at theTERTgene region");
    }

    @Test
    void readsPartialDatesRevisionsAndDeletionsOfAnUpdateSequence() throws IOException {
        Map<String, ArticleRecord> baseline = articles("pubmed25n0001.xml");
        List<PubmedRecord> update = records("pubmed25n0002.xml");

        assertThat(baseline.get("1001").published()).isEqualTo("2020-03-15");
        assertThat(baseline.get("1002").published()).isEqualTo("2019");
        assertThat(baseline.get("1003").published()).isEqualTo("1998");
        assertThat(baseline.get("1003").hasAbstract()).isFalse();
        assertThat(baseline.get("1003").abstractText()).isEmpty();
        assertThat(baseline.get("1001").language()).isNull();
        ArticleRecord revised = (ArticleRecord) update.get(0);
        assertThat(revised.pmid()).isEqualTo("1001");
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.revised()).isEqualTo("2021-06-10");
        assertThat(update.get(1)).isEqualTo(new DeletionRecord("1002", "pubmed25n0002.xml"));
    }

    @Test
    void readsRecordsWithoutAbstractOrWithAVernacularTitle() throws IOException {
        Map<String, ArticleRecord> records = articles("pubmed25n0004.xml");

        ArticleRecord norwegian = records.get("28972331");
        assertThat(norwegian.title()).isEqualTo("[Not Available].");
        assertThat(norwegian.language()).isEqualTo("nor");
        assertThat(norwegian.hasAbstract()).isFalse();
        assertThat(norwegian.sections()).isEmpty();
        assertThat(records.get("10137601").published()).isEqualTo("1994-06");
    }

    @Test
    void readsSeasonsAndUnstructuredAbstracts() throws IOException {
        Map<String, ArticleRecord> records = articles("pubmed1.xml");

        assertThat(records.get("12091962").published()).isEqualTo("1990");
        assertThat(records.get("12091962").hasAbstract()).isFalse();
        ArticleRecord withAbstract = records.get("9997");
        assertThat(withAbstract.sections()).hasSize(1);
        assertThat(withAbstract.sections().get(0).label()).isNull();
        assertThat(withAbstract.abstractText()).isEqualTo(withAbstract.sections().get(0).text());
        assertThat(withAbstract.published()).isEqualTo("1976-09-28");
        assertThat(withAbstract.revised()).isEqualTo("2019-06-09");
    }

    @Test
    void decodesCharacterReferencesAndEscapedMarkup() throws IOException {
        Map<String, ArticleRecord> records = articles("pubmed2.xml");

        assertThat(records.values()).allMatch(ArticleRecord::hasAbstract);
        assertThat(records.values().stream().map(ArticleRecord::abstractText))
                .anyMatch(text -> text.contains("<"));
        assertThat(records.get("11700088").meshTerms()).isEmpty();
    }
}

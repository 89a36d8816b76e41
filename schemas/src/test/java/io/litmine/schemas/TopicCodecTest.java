package io.litmine.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicCodecTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void alertsRoundTripAndMatchTheirSchema() throws Exception {
        TopicCodec<Alert> codec = TopicCodec.alerts();
        Alert alert =
                new Alert(
                        "a1",
                        Alert.AlertKind.NEW_CLAIM,
                        "c1",
                        "drug-target",
                        "imatinib",
                        "bcr-abl",
                        "inhibitor",
                        1,
                        List.of("30108519"),
                        List.of("A title"),
                        "kd-dti",
                        "sha256:00",
                        NOW);

        byte[] json = codec.encode(alert);

        assertThat(codec.problems(TopicCodec.mapper().readTree(json))).isEmpty();
        assertThat(codec.decode(json)).isEqualTo(alert);
        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"time\":\"2026-11-28T12:00:00Z\"");
    }

    @Test
    void deadLettersCutLongPayloadsAndMatchTheirSchema() throws Exception {
        TopicCodec<DeadLetter> codec = TopicCodec.deadLetters();
        DeadLetter letter =
                DeadLetter.of(
                        "pubmed.articles",
                        2,
                        17L,
                        "123",
                        "not JSON",
                        utf8("x".repeat(20_000)),
                        NOW);

        assertThat(letter.payloadTruncated()).isTrue();
        assertThat(letter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_CHARS);
        byte[] json = codec.encode(letter);
        assertThat(codec.problems(TopicCodec.mapper().readTree(json))).isEmpty();
        assertThat(codec.decode(json)).isEqualTo(letter);
    }

    @Test
    void aReplayedRejectionHasTheSameKeyAndTheKeyIsNotPartOfTheRecord() {
        DeadLetter first =
                DeadLetter.of("pubmed.articles", 0, 5L, "42", "empty abstract", utf8("{}"), NOW);
        DeadLetter replayed =
                DeadLetter.of(
                        "pubmed.articles",
                        0,
                        5L,
                        "42",
                        "empty abstract",
                        utf8("{}"),
                        NOW.plusSeconds(60));
        DeadLetter otherReason =
                DeadLetter.of("pubmed.articles", 0, 5L, "42", "not JSON", utf8("{}"), NOW);
        DeadLetter otherOffset =
                DeadLetter.of("pubmed.articles", 0, 6L, "42", "empty abstract", utf8("{}"), NOW);

        assertThat(replayed.rejectionKey()).isEqualTo(first.rejectionKey());
        assertThat(otherReason.rejectionKey()).isNotEqualTo(first.rejectionKey());
        assertThat(otherOffset.rejectionKey()).isNotEqualTo(first.rejectionKey());
        assertThat(new String(TopicCodec.deadLetters().encode(first), StandardCharsets.UTF_8))
                .doesNotContain("rejectionKey");
    }

    @Test
    void decodesBothKindsOfArticleEnvelope() throws Exception {
        TopicCodec<PubmedRecord> codec = TopicCodec.articles();

        assertThat(
                        codec.decode(
                                utf8(
                                        "{\"type\":\"deletion\",\"pmid\":\"26432306\",\"source\":\"f.xml\"}")))
                .isEqualTo(new DeletionRecord("26432306", "f.xml"));
        PubmedRecord article =
                codec.decode(
                        utf8(
                                "{\"type\":\"article\",\"pmid\":\"1\",\"version\":2,\"title\":\"T\","
                                        + "\"abstract\":\"\",\"sections\":[],\"meshTerms\":[],"
                                        + "\"publicationTypes\":[],\"hasAbstract\":false,\"source\":null}"));
        assertThat(article).isInstanceOf(ArticleRecord.class);
        assertThat(((ArticleRecord) article).version()).isEqualTo(2);
    }

    @Test
    void namesTheFieldThatBreaksTheSchema() {
        TopicCodec<PubmedRecord> codec = TopicCodec.articles();

        assertThatThrownBy(() -> codec.decode(utf8("{\"type\":\"deletion\",\"pmid\":\"12a\"}")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("does not match pubmed.articles")
                .hasMessageContaining("pmid");
        assertThatThrownBy(() -> codec.decode(utf8("{\"type\":\"article\",\"pmid\":\"1\"}")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> codec.decode(utf8("{\"type\":\"retraction\",\"pmid\":\"1\"}")))
                .isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void rejectsWhatIsNotJson() {
        TopicCodec<PubmedRecord> codec = TopicCodec.articles();

        assertThatThrownBy(() -> codec.decode(utf8("<xml/>")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> codec.decode(new byte[0]))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("empty payload");
    }
}

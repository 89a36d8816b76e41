package io.litmine.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.schemas.PubmedRecord;
import io.litmine.schemas.TopicCodec;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every record the reader produces from the real XML is valid against the pubmed.articles JSON
 * Schema, and survives the JSON round trip unchanged.
 */
class ArticleSchemaConformanceTest {
    private final TopicCodec<PubmedRecord> codec = TopicCodec.articles();

    @Test
    void everyRecordFromTheBundledXmlMatchesTheTopicSchema() throws Exception {
        int checked = 0;
        for (Path file : PubmedFiles.all()) {
            for (ReadItem item : PubmedFiles.readAll(file)) {
                PubmedRecord record = ((ReadItem.Parsed) item).record();
                byte[] json = codec.encode(record);
                assertThat(codec.problems(TopicCodec.mapper().readTree(json)))
                        .as("%s PMID %s", file.getFileName(), record.pmid())
                        .isEmpty();
                assertThat(codec.decode(json)).isEqualTo(record);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(604 + 1 + 14 + 1);
    }

    @Test
    void writesTheEnvelopeFieldNamesTheTopicPromises() throws IOException {
        PubmedRecord record =
                ((ReadItem.Parsed) PubmedFiles.readAll(PubmedFiles.file("pubmed4.xml")).get(0))
                        .record();
        assertThat(codec.encodeToString(record))
                .startsWith("{\"type\":\"article\",\"pmid\":\"27797938\",\"version\":1,\"title\":")
                .contains(
                        "\"abstract\":",
                        "\"sections\":[{\"label\":\"OBJECTIVE\",\"category\":null,\"text\":",
                        "\"journal\":\"Gut\"",
                        "\"published\":\"2017-06\"",
                        "\"meshTerms\":[\"Adenocarcinoma\"",
                        "\"publicationTypes\":[\"Journal Article\"",
                        "\"language\":\"eng\"",
                        "\"revised\":\"2018-04-17\"",
                        "\"hasAbstract\":true",
                        "\"source\":\"pubmed4.xml\"");
    }
}

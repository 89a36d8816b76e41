package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both layouts of vocab.json and merges.txt load to the same tokenizer. */
class ModelDirectoryLayoutTest {
    @Test
    void huggingFaceSavedFilesGiveTheSameIdsAsTheDerivedFiles() throws IOException {
        // fixtures/biogpt-tiny-hf: save_pretrained output (sorted keys, merges without counts)
        BioGptTokenizer saved =
                BioGptTokenizer.load(
                        RepoData.root().resolve("fixtures/biogpt-tiny-hf"), TokenizerMode.STRICT);
        BioGptTokenizer derived = RepoData.tokenizer(TokenizerMode.STRICT);
        int rows = 0;
        for (JsonNode row :
                RepoData.jsonLines(
                        RepoData.root().resolve("fixtures/tokenizer-hf-goldens.jsonl"))) {
            String text = row.get("text").asText();
            assertThat(saved.encodeWithBos(text)).isEqualTo(RepoData.ints(row.get("input_ids")));
            assertThat(saved.decode(derived.encode(text))).isEqualTo(row.get("decoded").asText());
            rows++;
        }
        assertThat(rows).isEqualTo(208);
    }

    @Test
    void theVocabularyMapIsTheFileAsReadAndCannotBeChanged() throws IOException {
        BioGptTokenizer tokenizer = RepoData.tokenizer(TokenizerMode.PUBMED);
        Map<String, Integer> fromFile =
                new ObjectMapper()
                        .readValue(
                                RepoData.biogptDir().resolve("vocab.json").toFile(),
                                new TypeReference<Map<String, Integer>>() {});

        assertThat(tokenizer.vocabulary()).isEqualTo(fromFile).hasSize(42384);
        assertThat(tokenizer.vocabulary().get("</s>")).isEqualTo(tokenizer.bosId());
        assertThatThrownBy(() -> tokenizer.vocabulary().put("x</w>", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingFileIsNamedInTheError(@TempDir Path dir) throws IOException {
        Files.copy(RepoData.biogptDir().resolve("vocab.json"), dir.resolve("vocab.json"));
        assertThatThrownBy(() -> BioGptTokenizer.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.resolve("merges.txt").toString());
    }

    @Test
    void aVocabularyWithoutTheSpecialTokensIsRejectedWithItsName(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("vocab.json"), "{\"a</w>\": 0}");
        Files.writeString(dir.resolve("merges.txt"), "a b\n");
        assertThatThrownBy(() -> BioGptTokenizer.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("vocab.json")
                .hasMessageContaining("</s>");
    }

    @Test
    void aVocabularyWithAnAbsurdIdIsRejectedInsteadOfAllocatingForIt(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("vocab.json"), "{\"</s>\": 2, \"<unk>\": 2000000000}");
        Files.writeString(dir.resolve("merges.txt"), "a b\n");
        assertThatThrownBy(() -> BioGptTokenizer.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a vocabulary of consecutive ids");
    }

    @Test
    void mergesWithoutATrailingNewlineLoseTheirLastLineAsInHuggingFace(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("merges.txt"), "a b 10\nab c 5");
        BpeMerges merges = BpeMerges.load(dir.resolve("merges.txt"));
        assertThat(merges.mergeCount()).isEqualTo(1);
    }
}

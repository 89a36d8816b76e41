package io.litmine.operators.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.generation.TinyModel;
import io.litmine.schemas.ArticleRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BioGPT miner through the real path (tokenizer, task prompt, ONNX Runtime, parser) on the tiny
 * random-weight fixture: the plumbing, not the meaning.
 */
class BioGptMinerTest {
    @TempDir Path dir;

    static ArticleRecord article(String pmid, String title, String text) {
        return new ArticleRecord(
                pmid, 1, title, text, List.of(), null, null, List.of(), List.of(), null, null, true,
                "test");
    }

    @Test
    void minesEveryArticleOfABatchInOrderWithTheModelVersion() throws Exception {
        Path model = TinyFixtureTaskModel.kdDti(TinyModel.repoRoot(), dir);
        BioGptMinerFactory factory =
                new BioGptMinerFactory(Map.of("kd-dti", model), "cpu", 1, 4, 6);
        List<ArticleRecord> batch =
                List.of(
                        article(
                                "11",
                                "Imatinib inhibits BCR-ABL.",
                                "Imatinib is a kinase inhibitor."),
                        article("12", "Aspirin and COX-1.", "Aspirin acetylates COX-1."),
                        article("13", "Gefitinib.", "Gefitinib binds EGFR."));

        List<MinedArticle> first;
        List<MinedArticle> again;
        try (ArticleMiner miner = factory.create()) {
            first = miner.mine(batch);
            again = miner.mine(batch);
        }

        assertThat(first).extracting(MinedArticle::pmid).containsExactly("11", "12", "13");
        assertThat(first).allMatch(m -> m.modelVersions().size() == 1);
        assertThat(first).allMatch(m -> m.tokens() >= 1 && m.tokens() <= 6);
        assertThat(first.get(0).modelVersions().get(0)).startsWith(model.getFileName() + "@");
        assertThat(first)
                .allMatch(m -> m.relations().stream().allMatch(r -> r.task().equals("kd-dti")));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void anUnknownTaskIsRefusedWhenTheJobIsBuilt() {
        assertThatThrownBy(() -> new BioGptMinerFactory(Map.of("nope", dir), "cpu", 1, 4, 6))
                .hasMessageContaining("unknown task 'nope'");
    }
}

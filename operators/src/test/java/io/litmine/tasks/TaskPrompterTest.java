package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.tokenizer.BioGptTokenizer;
import io.litmine.tokenizer.TokenizerMode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TaskPrompterTest {

    private static BioGptTokenizer tokenizer;
    private static PromptVocabulary vocabulary;

    @BeforeAll
    static void load() throws IOException {
        tokenizer = BioGptTokenizer.load(TestData.biogpt(""), TokenizerMode.STRICT);
        vocabulary = PromptVocabulary.read(TestData.biogpt("vocab.json"));
    }

    @Test
    void kdDtiArticleBecomesOneLowerCasedPromptEndingInNineLearnedIds() {
        TaskPrompter<RelationResult> prompter =
                TaskPrompter.create(new KdDtiTask(), tokenizer, vocabulary);

        List<int[]> prompts = prompter.prompts(new Article("1", "COVID-19 is", "Rising"));

        int[] source = tokenizer.encode("covid-19 is. rising");
        int[] learned = {42384, 42385, 42386, 42387, 42388, 42389, 42390, 42391, 42392};
        int[] expected = new int[1 + source.length + learned.length];
        expected[0] = 2;
        System.arraycopy(source, 0, expected, 1, source.length);
        System.arraycopy(learned, 0, expected, 1 + source.length, learned.length);
        assertThat(prompts).hasSize(1);
        assertThat(prompts.get(0)).containsExactly(expected);
    }

    @Test
    void hocArticleIsPromptedPerSentenceAndAnsweredWithTheUnion() {
        TaskPrompter<HallmarkResult> prompter =
                TaskPrompter.create(new HocTask(), tokenizer, vocabulary);
        Article article = new Article("1", "Title", "Cells grew. Vessels formed.");

        List<int[]> prompts = prompter.prompts(article);
        HallmarkResult result =
                prompter.result(
                        List.of(
                                "the type of this document is empty.",
                                "the type of this document is sustaining proliferative"
                                        + " signaling.",
                                "the type of this document is inducing angiogenesis."));

        assertThat(prompts).hasSize(3);
        assertThat(prompts).allSatisfy(p -> assertThat(p).startsWith(2).endsWith(42384));
        assertThat(result.labels())
                .containsExactly("sustaining proliferative signaling", "inducing angiogenesis");
    }
}

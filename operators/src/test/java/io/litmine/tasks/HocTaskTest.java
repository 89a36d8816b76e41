package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HocTaskTest {

    private final HocTask task = new HocTask();

    @Test
    void articleSourcesAreTheTitleThenEachAbstractSentenceWithAFinalPeriod() {
        Article article =
                new Article("1", "Myc drives the Warburg effect", "Cells grew. Did they die? No");

        assertThat(task.sources(article))
                .containsExactly(
                        "Myc drives the Warburg effect.", "Cells grew.", "Did they die?.", "No.");
    }

    @Test
    void articleLabelsAreTheUnionOfSentenceHallmarksInLabelOrder() {
        HallmarkResult result =
                task.combine(
                        List.of(
                                task.parse("the type of this document is empty."),
                                task.parse(
                                        "the type of this document is resisting cell death |"
                                                + " sustaining proliferative signaling."),
                                task.parse("garbage"),
                                task.parse("the type of this document is resisting cell death.")));

        assertThat(result.failed()).isFalse();
        assertThat(result.labels())
                .containsExactly("sustaining proliferative signaling", "resisting cell death");
    }

    @Test
    void articleWithoutAnyHallmarkIsLabelledEmpty() {
        HallmarkResult result =
                task.combine(
                        List.of(
                                task.parse("the type of this document is empty."),
                                task.parse("nonsense")));

        assertThat(result.labels()).containsExactly(HocTask.EMPTY);
    }

    @Test
    void articleIsFailedOnlyWhenEverySentenceFailed() {
        HallmarkResult result = task.combine(List.of(task.parse("x"), task.parse("")));

        assertThat(result.failed()).isTrue();
        assertThat(result.labels()).isEmpty();
    }

    @Test
    void unknownAndDuplicateLabelsAreDroppedButTheRawTextIsKept() {
        HallmarkResult result =
                task.parse("the type of this document isempty | empty | made up label.");

        assertThat(result.extracted()).isEqualTo("empty | empty | made up label");
        assertThat(result.labels()).containsExactly("empty");
    }
}

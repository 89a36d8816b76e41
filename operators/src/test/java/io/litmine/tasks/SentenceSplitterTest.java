package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsAtPeriodQuestionAndExclamationMarkBeforeACapitalOrDigit() {
        assertThat(SentenceSplitter.split("Cells died. Why? 5-FU works! (A) holds."))
                .containsExactly("Cells died.", "Why?", "5-FU works!", "(A) holds.");
    }

    @Test
    void keepsAbbreviationsInitialsAndDecimalsInsideTheSentence() {
        assertThat(
                        SentenceSplitter.split(
                                "As Smith et al. Showed in Fig. 3, e.g. U.S. Data from J. Doe"
                                        + " gave p < 0.05. Then it ended."))
                .containsExactly(
                        "As Smith et al. Showed in Fig. 3, e.g. U.S. Data from J. Doe gave p <"
                                + " 0.05.",
                        "Then it ended.");
    }

    @Test
    void doesNotSplitBeforeALowerCaseWord() {
        assertThat(SentenceSplitter.split("E. coli grew. cells then died."))
                .containsExactly("E. coli grew. cells then died.");
    }

    @Test
    void keepsClosingBracketsAndQuotesWithTheirSentence() {
        assertThat(SentenceSplitter.split("It rose (p < 0.01.) The \"end.\" Next one"))
                .containsExactly("It rose (p < 0.01.)", "The \"end.\"", "Next one");
    }

    @Test
    void structuredAbstractLabelsStayWithTheirSentence() {
        assertThat(SentenceSplitter.split("BACKGROUND: Tumours grow. METHODS: We measured."))
                .containsExactly("BACKGROUND: Tumours grow.", "METHODS: We measured.");
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(SentenceSplitter.split("  ")).isEmpty();
    }
}

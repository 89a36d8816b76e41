package io.litmine.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The official parser's quirks, which a reimplementation must keep (fixtures README §3). */
class InteractionStatementsTest {

    private final KdDtiTask task = new KdDtiTask();

    @Test
    void greedyGroupsPutExtraAndsInTheDrugAndExtraIsInTheTarget() {
        assertThat(task.parse("the interaction between a and b and c is d is e.").triples())
                .containsExactly(new RelationTriple("a and b", "c is d", "e"));
    }

    @Test
    void statementsSplitOnlyOnSemicolonSpaceAndKeepDuplicates() {
        RelationResult result =
                task.parse(
                        "the interaction between x and y is inhibitor; the interaction between x"
                                + " and y is inhibitor;the interaction between p and q is"
                                + " agonist.");

        assertThat(result.triples())
                .containsExactly(
                        new RelationTriple("x", "y", "inhibitor"),
                        new RelationTriple(
                                "x and y is inhibitor;the interaction between p", "q", "agonist"));
    }

    @Test
    void aGeneratedLearnedTokenRestartsTheText() {
        assertThat(task.parse("junk learned3 the interaction between a and b is c.").triples())
                .containsExactly(new RelationTriple("a", "b", "c"));
    }

    @Test
    void capitalisedTemplateFailsAndNbspIsStrippedLikePython() {
        assertThat(task.parse("The interaction between a and b is c.").failed()).isTrue();
        assertThat(task.parse("\u00a0the interaction between a and b is c.\u00a0").triples())
                .containsExactly(new RelationTriple("a", "b", "c"));
    }

    @Test
    void lineSeparatorInsideANameIsMatchedLikePythonDot() {
        assertThat(task.parse("the interaction between a\u2028b and c is d").triples())
                .containsExactly(new RelationTriple("a\u2028b", "c", "d"));
    }
}

package io.litmine.operators.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityNormaliserTest {
    @TempDir Path dir;

    @Test
    void foldsCaseWidthWhitespaceAndHyphenVariants() {
        assertThat(EntityNormaliser.normalise("  BCR\u2010ABL  ")).isEqualTo("bcr-abl");
        assertThat(EntityNormaliser.normalise("BCR \u2013 ABL")).isEqualTo("bcr-abl");
        assertThat(EntityNormaliser.normalise("\uFF29matinib\t mesylate"))
                .isEqualTo("imatinib mesylate");
        assertThat(EntityNormaliser.normalise("TNF\u2212\u03B1")).isEqualTo("tnf-\u03B1");
    }

    @Test
    void keepsTheNameAsWrittenForDisplay() {
        assertThat(EntityNormaliser.plain().entity(" Imatinib ").orElseThrow().name())
                .isEqualTo("Imatinib");
    }

    @Test
    void anEmptyNameIsNoEntity() {
        assertThat(EntityNormaliser.plain().entity(" \u00A0 ")).isEmpty();
    }

    @Test
    void aLexiconMapsNamesToIdentifiers() throws Exception {
        Path lexicon = dir.resolve("drugs.tsv");
        Files.writeString(lexicon, "# name\tid\nImatinib\tDB00619\nGleevec\tDB00619\n");
        EntityNormaliser normaliser = EntityNormaliser.withLexicons(List.of(lexicon));

        assertThat(normaliser.entity("GLEEVEC").orElseThrow().key()).isEqualTo("DB00619");
        assertThat(normaliser.entity("imatinib").orElseThrow().key()).isEqualTo("DB00619");
        assertThat(normaliser.entity("aspirin").orElseThrow().key()).isEqualTo("aspirin");
    }

    @Test
    void aBadLexiconLineNamesFileAndLine() throws Exception {
        Path lexicon = dir.resolve("bad.tsv");
        Files.writeString(lexicon, "Imatinib\tDB00619\nno tab here\n");

        assertThatThrownBy(() -> EntityNormaliser.withLexicons(List.of(lexicon)))
                .hasMessageContaining("bad.tsv:2");
    }
}

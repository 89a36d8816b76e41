package io.litmine.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MosesResourcesTest {
    private final MosesResources moses = MosesResources.english();

    @Test
    void shippedResourcesAreByteCopiesOfDataBiogptMoses() throws IOException {
        Path dir = RepoData.biogptDir().resolve("moses");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                try (InputStream in =
                        MosesResources.class.getResourceAsStream("moses/" + file.getFileName())) {
                    assertThat(in).as("resource for %s", file).isNotNull();
                    assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
                }
            }
        }
    }

    @Test
    void classesHaveTheSpecifiedMembers() {
        assertThat(moses.nonbreakingPrefixes()).hasSize(105).contains("No #NUMERIC_ONLY#", "e.g");
        assertThat(moses.nonbreakingPrefixes()).doesNotContain("No");
        assertThat(moses.isAlnum().contains(0x094D)).isTrue(); // virama, added by sacremoses
        assertThat(moses.isAlphaPlain().contains(0x094D)).isFalse();
        assertThat(moses.isAlnum().contains('中')).isFalse(); // old Perl tables lack most CJK
        assertThat(moses.isLower().contains(0x1E922)).isTrue(); // astral lower case
        assertThat(moses.isN().contains('\n')).isTrue(); // the file's newline, as in sacremoses
        assertThat(moses.isSc().contains('€')).isTrue();
    }
}

package io.litmine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    void clusterIdsNeverLookLikeACommandLineOption() {
        for (int i = 0; i < 10_000; i++) {
            String id = EmbeddedKafka.kafkaUuid();
            assertThat(id).hasSize(22).doesNotStartWith("-").matches("[A-Za-z0-9_-]+");
        }
    }
}

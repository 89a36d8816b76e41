package io.litmine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.model.ModelDirectory;
import io.litmine.model.ModelLoadException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared sessions, provider selection and the graph check at load. */
class SessionsTest {

    private static final EngineOptions CPU =
            EngineOptions.DEFAULT.withProvider(ExecutionProvider.CPU);

    @TempDir Path temp;

    @Test
    void usersOfOneModelDirectoryShareASessionThatTheLastOneCloses() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp));
        Generator first = Generator.open(model, CPU);
        Generator second = Generator.open(ModelDirectory.load(temp.resolve("tiny-4-2-512")), CPU);

        assertThat(SharedSessions.users(model.root())).isEqualTo(2);
        assertThat(first.lease().session()).isSameAs(second.lease().session());

        first.close();
        first.close();
        assertThat(SharedSessions.users(model.root())).isEqualTo(1);
        assertThat(second.generate(List.of(new int[] {2, 19822, 21}), GenerationOptions.greedy(2)))
                .hasSize(1);

        second.close();
        assertThat(SharedSessions.users(model.root())).isZero();
        assertThatThrownBy(() -> second.lease().session())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToJoinASessionOpenedWithOtherOptions() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp));
        try (Generator ignored = Generator.open(model, CPU)) {
            assertThatThrownBy(() -> Generator.open(model, CPU.withThreads(3)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open with");
        }
        assertThat(SharedSessions.users(model.root())).isZero();
    }

    @Test
    void cudaOnAMachineWithoutItFailsListingTheAvailableProviders() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp));
        EngineOptions cuda = EngineOptions.DEFAULT.withProvider(ExecutionProvider.parse("cuda:0"));

        assertThatThrownBy(() -> Generator.open(model, cuda))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("execution provider cuda:0 cannot be used")
                .hasMessageContaining("available providers: [CPU");
        assertThat(SharedSessions.users(model.root())).isZero();
    }

    @Test
    void autoFallsBackToCpuWhereCudaDoesNotLoad() {
        ModelDirectory model = ModelDirectory.load(TinyModel.directory(temp));
        try (Generator generator = Generator.open(model, EngineOptions.DEFAULT)) {
            assertThat(generator.provider()).isEqualTo("cpu");
        }
    }

    @Test
    void aConfigThatDisagreesWithTheGraphFailsListingBothSides() {
        ModelDirectory wrongHeads = ModelDirectory.load(TinyModel.directory(temp, 8, 2, 512));
        ModelDirectory extraLayer = ModelDirectory.load(TinyModel.directory(temp, 4, 3, 512));

        assertThatThrownBy(() -> Generator.open(wrongHeads, CPU))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("config.json")
                .hasMessageContaining(
                        "input past_key_values.0.key float[?,4,?,8] where"
                                + " past_key_values.0.key float[?,8,?,4] was expected")
                .hasMessageContaining("the graph has inputs");
        assertThatThrownBy(() -> Generator.open(extraLayer, CPU))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("missing input past_key_values.2.key")
                .hasMessageContaining("missing output present.2.value");
    }

    @Test
    void parsesProviderNames() {
        assertThat(ExecutionProvider.parse("CUDA:1"))
                .isEqualTo(new ExecutionProvider(ExecutionProvider.Kind.CUDA, 1));
        assertThat(ExecutionProvider.parse("cpu")).isEqualTo(ExecutionProvider.CPU);
        assertThatThrownBy(() -> ExecutionProvider.parse("tpu"))
                .hasMessageContaining("'tpu' is not one of auto, cpu, cuda, cuda:N");
    }
}

package io.litmine.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.jobs.MiningConfig;
import io.litmine.jobs.MiningOptions;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.util.TimeUtils;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md lists every option the job reads with its real default, so the reference
 * cannot fall behind MiningConfig.
 */
class ConfigurationReferenceTest {

    @Test
    void everyJobOptionIsListedWithItsDefault() throws Exception {
        Map<String, String> documented = documentedDefaults();

        for (ConfigOption<?> option : MiningConfig.ALL) {
            assertThat(documented)
                    .as("docs/configuration.md row for %s", option.key())
                    .containsEntry(option.key(), rendered(option));
        }
        assertThat(documented.keySet())
                .as("rows without an option")
                .containsExactlyInAnyOrderElementsOf(
                        MiningConfig.ALL.stream().map(ConfigOption::key).toList());
        System.out.printf(
                "docs/configuration.md: %d/%d job options with defaults%n",
                documented.size(), MiningConfig.ALL.size());
    }

    @Test
    void thePasswordVariableIsDocumented() throws Exception {
        String doc = Files.readString(Repo.path("docs/configuration.md"));

        assertThat(doc).contains("| `" + MiningOptions.PASSWORD_ENV + "` |");
    }

    /** key → default cell of the table "Job options" (rows like "| `key` | `default` | ..."). */
    private static Map<String, String> documentedDefaults() throws Exception {
        String doc = Files.readString(Repo.path("docs/configuration.md"));
        String section =
                doc.substring(doc.indexOf("## Job options"), doc.indexOf("## `litmine run`"));
        return section.lines()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.split("\\|"))
                .collect(
                        Collectors.toMap(
                                cells -> cells[1].strip().replace("`", ""),
                                cells -> cells[2].strip().replace("`", ""),
                                (a, b) -> a + " / " + b));
    }

    private static String rendered(ConfigOption<?> option) {
        if (!option.hasDefaultValue()) {
            return "(none)";
        }
        Object value = option.defaultValue();
        Function<Object, String> render =
                v ->
                        v instanceof Duration d
                                ? TimeUtils.formatWithHighestUnit(d)
                                : "".equals(v) ? "\"\"" : String.valueOf(v);
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? "(none)"
                    : list.stream().map(render).collect(Collectors.joining(";"));
        }
        return render.apply(value);
    }
}

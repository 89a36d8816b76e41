package io.litmine.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.YamlParserUtils;

/**
 * Reads the job's YAML configuration: nested maps or dotted keys, lists as YAML lists. Overrides
 * ({@code key=value}) win over the file. An unknown key is an error that lists the known ones, so a
 * typo cannot silently fall back to a default.
 */
public final class ConfigFiles {
    private ConfigFiles() {}

    public static Configuration load(Path yaml, Map<String, String> overrides) throws IOException {
        Map<String, String> flat = new TreeMap<>();
        if (yaml != null) {
            if (!Files.isRegularFile(yaml)) {
                throw new IOException("configuration file " + yaml + " does not exist");
            }
            try {
                flatten("", YamlParserUtils.loadYamlFile(yaml.toFile()), flat);
            } catch (Exception e) {
                throw new IOException("cannot read " + yaml + ": " + e.getMessage(), e);
            }
        }
        flat.putAll(overrides);
        checkKnown(flat.keySet(), yaml);
        return Configuration.fromMap(flat);
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, out);
            } else if (e.getValue() instanceof List<?> list) {
                out.put(key, list.stream().map(String::valueOf).collect(Collectors.joining(";")));
            } else if (e.getValue() != null) {
                out.put(key, String.valueOf(e.getValue()));
            }
        }
    }

    private static void checkKnown(Set<String> keys, Path yaml) {
        Set<String> known =
                MiningConfig.ALL.stream().map(ConfigOption::key).collect(Collectors.toSet());
        for (String key : keys) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(
                        "unknown setting '"
                                + key
                                + "'"
                                + (yaml == null ? "" : " in " + yaml)
                                + "; known settings: "
                                + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}

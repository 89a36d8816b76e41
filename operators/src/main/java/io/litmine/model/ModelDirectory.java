package io.litmine.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A folder holding one task model: litmine's {@code model.json} manifest, or, for a bare export,
 * Hugging Face's {@code config.json}; the ONNX decoder; the vocabulary files.
 *
 * <p>Loading reads only the small files; the graph is checked against the manifest when a session
 * opens it ({@link DecoderContract}).
 *
 * @param root the folder, absolute and normalised (the key under which sessions are shared)
 * @param manifest the manifest, read or derived from {@code config.json}
 * @param decoder the ONNX decoder file
 * @param vocabJson {@code vocab.json} when present
 * @param merges {@code merges.txt} when present
 */
public record ModelDirectory(
        Path root,
        ModelManifest manifest,
        Path decoder,
        Optional<Path> vocabJson,
        Optional<Path> merges) {

    public static final String MANIFEST = "model.json";
    public static final String HF_CONFIG = "config.json";
    private static final List<String> DECODER_NAMES = List.of("decoder.onnx", "model.onnx");

    private static final ObjectMapper JSON =
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * Reads the folder's manifest (or Hugging Face config) and finds its files.
     *
     * @throws ModelLoadException naming the file and the reason when anything is missing or bad
     */
    public static ModelDirectory load(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new ModelLoadException("model directory " + root + " does not exist");
        }
        ModelManifest manifest = readManifest(root);
        Path decoder = findDecoder(root, manifest);
        return new ModelDirectory(
                root,
                manifest,
                decoder,
                existing(root, "vocab.json"),
                existing(root, "merges.txt"));
    }

    private static ModelManifest readManifest(Path root) {
        Path manifestFile = root.resolve(MANIFEST);
        Path configFile = root.resolve(HF_CONFIG);
        if (Files.isRegularFile(manifestFile)) {
            return parse(manifestFile, node -> JSON.treeToValue(node, ModelManifest.class));
        }
        if (Files.isRegularFile(configFile)) {
            return parse(configFile, node -> HfConfig.toManifest(node, configFile));
        }
        throw new ModelLoadException(
                "model directory " + root + " has neither " + MANIFEST + " nor " + HF_CONFIG);
    }

    private static ModelManifest parse(Path file, ManifestReader reader) {
        try {
            return reader.read(JSON.readTree(file.toFile()));
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new ModelLoadException(
                    file + " is not a valid model description: " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static Path findDecoder(Path root, ModelManifest manifest) {
        List<String> candidates =
                manifest.decoder() != null ? List.of(manifest.decoder()) : DECODER_NAMES;
        for (String name : candidates) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new ModelLoadException(
                "model directory " + root + " has no decoder: looked for " + candidates);
    }

    private static Optional<Path> existing(Path root, String name) {
        Path file = root.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Turns the parsed JSON into a manifest; Jackson's checked exception passes through. */
    @FunctionalInterface
    private interface ManifestReader {
        ModelManifest read(JsonNode node) throws IOException;
    }
}

package io.litmine.tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The character classes and non-breaking prefixes of sacremoses 0.1.1, loaded from the literal
 * lists shipped as resources (copies of {@code data/biogpt/moses}). They are snapshots of old Perl
 * Unicode tables and must not be replaced by Java's {@code \p{...}} classes (biogpt-spec §1.2).
 *
 * @param isAlnum tokenizer {@code IsAlnum}: the list plus the Indic viramas and nuktas
 * @param isAlpha tokenizer {@code IsAlpha}: the list plus the Indic viramas and nuktas
 * @param isAlphaPlain detokenizer {@code IsAlpha}: the list only
 * @param isN {@code IsN} (the file's trailing newline is part of the class, as in sacremoses)
 * @param isLower {@code IsLower}, with astral code points
 * @param isSc {@code IsSc}, currency symbols, used by the detokenizer
 * @param nonbreakingPrefixes the English prefixes, {@code "No #NUMERIC_ONLY#"} kept verbatim
 */
record MosesResources(
        CodePointSet isAlnum,
        CodePointSet isAlpha,
        CodePointSet isAlphaPlain,
        CodePointSet isN,
        CodePointSet isLower,
        CodePointSet isSc,
        Set<String> nonbreakingPrefixes) {

    private static final String DIR = "moses/";

    /** The classes, read once per class loader. */
    static MosesResources english() {
        return Holder.ENGLISH;
    }

    private static final class Holder {
        static final MosesResources ENGLISH = load();
    }

    private static MosesResources load() {
        CodePointSet indic = CodePointSet.of(indicMarks(read("indic_viramas_nuktas.txt")));
        CodePointSet alpha = CodePointSet.of(read("perluniprops_IsAlpha.txt"));
        return new MosesResources(
                CodePointSet.of(read("perluniprops_IsAlnum.txt")).union(indic),
                alpha.union(indic),
                alpha,
                CodePointSet.of(read("perluniprops_IsN.txt")),
                CodePointSet.of(read("perluniprops_IsLower.txt")),
                CodePointSet.of(read("perluniprops_IsSc.txt")),
                prefixes(read("nonbreaking_prefix.en")));
    }

    /** Lines {@code VIRAMA U+094D}: the code points after {@code U+}; {@code #} lines skipped. */
    private static String indicMarks(String text) {
        StringBuilder marks = new StringBuilder();
        for (String line : text.split("\n")) {
            int at = line.indexOf("U+");
            if (!line.startsWith("#") && at >= 0) {
                marks.appendCodePoint(Integer.parseInt(line.substring(at + 2).trim(), 16));
            }
        }
        return marks.toString();
    }

    /** sacremoses {@code nonbreaking_prefixes.words("en")}, each stripped. */
    private static Set<String> prefixes(String text) {
        return text.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(PythonWhitespace::strip)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String read(String name) {
        try (InputStream in = MosesResources.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Moses resource " + DIR + name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Moses resource " + DIR + name, e);
        }
    }
}

package io.litmine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.tokenizer.BioGptTokenizer;
import io.litmine.tokenizer.Encoding;
import io.litmine.tokenizer.TokenizerMode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litmine tokenize}: JSON lines with a {@code text} field on stdin, the same objects plus
 * {@code input_ids} (with the leading {@code </s>}), {@code tokens} (BPE pieces) and {@code
 * decoded} on stdout, in input order. A bad line is reported on stderr with its number and reason
 * and skipped; the others are still written, and the exit status is 1 at the end.
 *
 * <p>stdin and stdout are read and written as UTF-8 whatever the platform charset (Java 17 takes it
 * from the locale, which in a container is often ASCII and would turn every α into {@code ?}).
 */
@Command(
        name = "tokenize",
        mixinStandardHelpOptions = true,
        description = {
            "Tokenize JSON lines from stdin with the BioGPT tokenizer.",
            "Each input line is an object with a \"text\" string; each output line is that object"
                    + " plus input_ids, tokens and decoded."
        })
public final class TokenizeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec CommandSpec spec;

    @Option(
            names = "--vocab-dir",
            required = true,
            paramLabel = "DIR",
            description = "Directory with vocab.json and merges.txt (e.g. data/biogpt).")
    Path vocabDir;

    @Option(
            names = "--strict",
            description =
                    "Exactly Hugging Face's BioGptTokenizer: no mapping of curly quotes, dashes"
                            + " and ellipses that the vocabulary lacks (default: pubmed mode).")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        BioGptTokenizer tokenizer =
                BioGptTokenizer.load(
                        vocabDir, strict ? TokenizerMode.STRICT : TokenizerMode.PUBMED);
        PrintWriter err = spec.commandLine().getErr();
        BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int lineNumber = 0;
        int rejected = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.write(JSON.writeValueAsString(tokenized(line, tokenizer)));
                out.write('\n');
            } catch (BadLineException e) {
                rejected++;
                err.println(prefix() + "line " + lineNumber + ": " + e.getMessage());
            }
        }
        out.flush();
        if (rejected > 0) {
            err.println(prefix() + rejected + " of " + lineNumber + " lines rejected");
        }
        err.flush();
        return rejected == 0 ? 0 : 1;
    }

    private String prefix() {
        return spec.qualifiedName() + ": ";
    }

    private static ObjectNode tokenized(String line, BioGptTokenizer tokenizer)
            throws BadLineException {
        ObjectNode record = parse(line);
        JsonNode text = record.get("text");
        if (text == null) {
            throw new BadLineException("no \"text\" field");
        }
        if (!text.isTextual()) {
            throw new BadLineException("\"text\" is " + text.getNodeType() + ", not a string");
        }
        Encoding encoding = tokenizer.encodeWithTokens(text.textValue());
        ArrayNode inputIds = record.putArray("input_ids").add(tokenizer.bosId());
        for (int id : encoding.ids()) {
            inputIds.add(id);
        }
        encoding.tokens().forEach(record.putArray("tokens")::add);
        record.put("decoded", tokenizer.decode(encoding.ids()));
        return record;
    }

    private static ObjectNode parse(String line) throws BadLineException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLineException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode)) {
            throw new BadLineException("not a JSON object");
        }
        return (ObjectNode) node;
    }

    /** A line that cannot be tokenized; the message says why. */
    private static final class BadLineException extends Exception {
        private static final long serialVersionUID = 1L;

        BadLineException(String message) {
            super(message);
        }
    }
}

package io.litmine.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code litmine} in-process with stdin, stdout and stderr redirected. */
record CliRun(int status, String out, String err) {

    static CliRun of(String stdin, String... args) {
        InputStream savedIn = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Litmine.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int status = cli.execute(args);
            return new CliRun(status, out.toString(), err.toString());
        } finally {
            System.setIn(savedIn);
        }
    }

    /** The output lines, without the trailing empty one. */
    String[] outLines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }

    /** The repository root (surefire sets litmine.home; otherwise walk up to data/biogpt). */
    static Path repo(String relative) {
        String home = System.getProperty("litmine.home");
        Path dir = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("data/biogpt"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root with data/biogpt not found");
        }
        return dir.resolve(relative);
    }
}

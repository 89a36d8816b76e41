package io.litmine.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An external program the deployment tests run (node, npm, docker-compose): whether it is
 * installed, and its exit status and output (stdout and stderr together) for one command line.
 */
record Tool(String name) {
    private static final long TIMEOUT_MINUTES = 5;

    /** The program's output and exit status. */
    record Result(int status, String output) {}

    boolean installed() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the program; its output goes through a file, so a hung program cannot block the read.
     */
    Result run(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(name));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("litmine-" + name, ".log");
        try {
            Process process =
                    new ProcessBuilder(command)
                            .directory(workingDir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                            .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(
                        String.join(" ", command)
                                + " did not finish in "
                                + TIMEOUT_MINUTES
                                + " min");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}

package io.litmine.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    Result run(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(name));
        command.addAll(List.of(args));
        Process process =
                new ProcessBuilder(command)
                        .directory(workingDir.toFile())
                        .redirectErrorStream(true)
                        .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(name + " " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}

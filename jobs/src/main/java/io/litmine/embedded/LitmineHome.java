package io.litmine.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The litmine checkout the command runs from: bundled sample data, demo models and the infra
 * classpath files live there. The {@code ./litmine} launcher sets {@code -Dlitmine.home}; without
 * it, the working directory and its parents are searched for the checkout.
 */
public final class LitmineHome {
    private LitmineHome() {}

    public static Path path() {
        String home = System.getProperty("litmine.home");
        if (home != null) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("litmine"))
                    && Files.isDirectory(candidate.resolve("infra"))) {
                return candidate;
            }
        }
        return dir;
    }
}

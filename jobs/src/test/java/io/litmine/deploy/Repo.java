package io.litmine.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout the tests run in: surefire's litmine.home, else the folder holding deploy/ and
 * pom.xml.
 */
final class Repo {
    private Repo() {}

    static Path root() {
        String home = System.getProperty("litmine.home");
        Path dir = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        for (Path candidate = dir.toAbsolutePath().normalize();
                candidate != null;
                candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("deploy"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("docker"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "no checkout with deploy/, docker/ and pom.xml above " + dir);
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }
}

package io.litmine.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** The litmine checkout the tests run in: bundled data/ and fixtures/ live there. */
public final class Checkout {
    private Checkout() {}

    /** The first directory upwards from the working directory that holds {@code data/biogpt}. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("data/biogpt"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no data/biogpt above " + Path.of("").toAbsolutePath());
    }
}

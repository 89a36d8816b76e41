package io.litmine.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Finds and checks the classpath files the {@code infra/*} modules write at build time ({@code
 * target/classpath.txt}: the service's jars in the local Maven repository).
 */
public final class ServiceClasspath {
    private ServiceClasspath() {}

    /**
     * The classpath file of an infra module: the system property {@code litmine.<service>
     * .classpath.file} if set, else {@code <litmine.home>/infra/<module>/target/classpath.txt}.
     */
    public static Path locate(String service, String module) {
        String explicit = System.getProperty("litmine." + service + ".classpath.file");
        if (explicit != null) {
            return Path.of(explicit);
        }
        return LitmineHome.path().resolve("infra").resolve(module).resolve("target/classpath.txt");
    }

    static String read(Path file) throws IOException {
        String classpath;
        try {
            classpath = Files.readString(file).strip();
        } catch (NoSuchFileException e) {
            throw new IOException(
                    "classpath file "
                            + file
                            + " is missing: build the project first (./litmine builds it, or"
                            + " mvn -DskipTests package)");
        }
        for (String jar : classpath.split(File.pathSeparator)) {
            if (!jar.isEmpty() && !Files.exists(Path.of(jar))) {
                throw new IOException(
                        jar
                                + " (listed in "
                                + file
                                + ") is gone from the local Maven repository: rebuild with mvn"
                                + " -DskipTests package");
            }
        }
        return classpath;
    }
}

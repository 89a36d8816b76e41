package io.litmine.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The Neo4j 5.26 community server in a child JVM ({@code org.neo4j.server.CommunityEntryPoint} on
 * the classpath {@code infra/neo4j-server} writes), with Bolt on a free local port and HTTP off,
 * for the integration tests and {@code litmine demo}. Its data persist under the given directory,
 * so a second demo run continues the same graph.
 *
 * <p>Authentication stays on. The password comes from {@code LITMINE_NEO4J_PASSWORD} or is
 * generated once and kept in {@code <dir>/password} (owner-readable only); it is never logged. A
 * fresh server starts with {@code neo4j/neo4j}, which must be changed before any other use, so the
 * first start changes it through Bolt on the system database.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** The user the server creates. */
    public static final String USER = "neo4j";

    /** Environment variable that fixes the password instead of generating one. */
    public static final String PASSWORD_ENV = "LITMINE_NEO4J_PASSWORD";

    private static final String INITIAL_PASSWORD = "neo4j";

    /** The driver logs through SLF4J (our levels) instead of JUL's INFO lines on stderr. */
    private static final Config QUIET = Config.builder().withLogging(Logging.slf4j()).build();

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms256m", "-Xmx768m", "-XX:+UseSerialGC");

    private final ChildJvm server;
    private final int port;
    private final String password;
    private final Path dir;

    private EmbeddedNeo4j(ChildJvm server, int port, String password, Path dir) {
        this.server = server;
        this.dir = dir;
        this.port = port;
        this.password = password;
    }

    /** Starts a server with its data under {@code dataDir}, Bolt on a free port. */
    public static EmbeddedNeo4j start(Path dataDir) throws IOException {
        return start(dataDir, ChildJvm.freePort());
    }

    /**
     * Starts a server with its data under {@code dataDir}, Bolt on {@code boltPort}: a restart on
     * the same folder and port looks, to clients holding the Bolt URI, like the same server coming
     * back after an outage.
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort) throws IOException {
        Path classpath = ServiceClasspath.locate("neo4j", "neo4j-server");
        Path dir = dataDir.toAbsolutePath();
        Files.createDirectories(dir.resolve("conf"));
        int port = boltPort;
        writeConfig(dir, port);
        String password = password(dir);
        ChildJvm server =
                ChildJvm.start(
                        "neo4j",
                        classpath,
                        JVM_OPTIONS,
                        "org.neo4j.server.CommunityEntryPoint",
                        List.of("--home-dir=" + dir, "--config-dir=" + dir.resolve("conf")),
                        dir);
        try {
            server.awaitPort(port, START_TIMEOUT);
            EmbeddedNeo4j neo4j = new EmbeddedNeo4j(server, port, password, dir);
            neo4j.changeInitialPassword();
            Files.writeString(boltUriFile(dir), neo4j.boltUri() + "\n");
            return neo4j;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The Bolt port, to restart on the same one. */
    public int boltPort() {
        return port;
    }

    /** {@code bolt://127.0.0.1:<port>}. */
    public String boltUri() {
        return "bolt://127.0.0.1:" + port;
    }

    /** The password of {@link #USER}; keep it out of logs. */
    public String password() {
        return password;
    }

    /** A new driver for this server; the caller closes it. */
    public Driver driver() {
        return GraphDatabase.driver(boltUri(), AuthTokens.basic(USER, password), QUIET);
    }

    /** Where a generated password is kept, for {@code litmine query --data-dir}. */
    public static Path passwordFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("password");
    }

    /**
     * Where a running server leaves its Bolt URI, so {@code litmine query --data-dir} can find it;
     * removed on a clean stop.
     */
    public static Path boltUriFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("bolt-uri");
    }

    private static void writeConfig(Path dir, int port) throws IOException {
        Map<String, String> settings =
                Map.of(
                        "server.directories.data", dir.resolve("data").toString(),
                        "server.directories.logs", dir.resolve("logs").toString(),
                        "server.bolt.listen_address", "127.0.0.1:" + port,
                        "server.http.enabled", "false",
                        "server.https.enabled", "false",
                        "dbms.security.auth_enabled", "true",
                        "server.memory.pagecache.size", "64m",
                        "dbms.usage_report.enabled", "false",
                        // shutdown takes 0.4 s instead of 10 s (platform.md P6)
                        "internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        StringBuilder conf = new StringBuilder("# written by litmine (EmbeddedNeo4j)\n");
        settings.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> conf.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        Files.writeString(dir.resolve("conf/neo4j.conf"), conf);
    }

    /** The environment's password, else the one kept from an earlier run, else a new one. */
    private static String password(Path dir) throws IOException {
        String fromEnv = System.getenv(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        Path file = passwordFile(dir);
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, generated + "\n");
        restrictToOwner(file);
        return generated;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    /**
     * On a fresh store {@code neo4j/neo4j} is accepted but must be changed first; on a store that
     * already has our password the initial one is refused, which is the normal case.
     */
    private void changeInitialPassword() {
        try (Driver initial =
                        GraphDatabase.driver(
                                boltUri(), AuthTokens.basic(USER, INITIAL_PASSWORD), QUIET);
                var session = initial.session(SessionConfig.forDatabase("system"))) {
            session.run(
                            "ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                            Map.of("old", INITIAL_PASSWORD, "new", password))
                    .consume();
        } catch (AuthenticationException alreadyChanged) {
            verifyPassword();
        }
    }

    private void verifyPassword() {
        try (Driver driver = driver()) {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            throw new IllegalStateException(
                    "the Neo4j store under "
                            + dir
                            + " has a different password than "
                            + PASSWORD_ENV
                            + " or the password file: set the right one or use a new data"
                            + " directory",
                    e);
        }
    }

    @Override
    public void close() {
        server.close();
        try {
            Files.deleteIfExists(boltUriFile(dir));
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", boltUriFile(dir), e.getMessage());
        }
    }
}

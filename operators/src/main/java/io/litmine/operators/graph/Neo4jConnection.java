package io.litmine.operators.graph;

import java.io.Serializable;
import java.util.Objects;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Where and how to reach Neo4j. Serializable because the job graph carries it to the task managers;
 * the password never appears in {@link #toString()}.
 *
 * @param uri Bolt URI, e.g. {@code bolt://localhost:7687} or {@code neo4j+s://host}
 * @param user user name
 * @param password password (from the environment or a file, never from code)
 * @param database database name, or "" for the server's default
 */
public record Neo4jConnection(String uri, String user, String password, String database)
        implements Serializable {

    public Neo4jConnection {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        database = database == null ? "" : database;
    }

    /** A new driver (one per JVM component; thread-safe); the caller closes it. */
    public Driver openDriver() {
        Config config = Config.builder().withLogging(Logging.slf4j()).build();
        return GraphDatabase.driver(uri, AuthTokens.basic(user, password), config);
    }

    @Override
    public String toString() {
        return "Neo4jConnection[uri="
                + uri
                + ", user="
                + user
                + ", password=***, database="
                + database
                + "]";
    }
}

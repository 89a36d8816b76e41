package io.litmine.cli;

import io.litmine.embedded.EmbeddedNeo4j;
import io.litmine.query.GraphQueries;
import io.litmine.query.Tables;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code litmine query}: the analyst questions as subcommands, answered from Neo4j as a table or
 * JSON. The graph is a Bolt URI ({@code --bolt}, password from {@code LITMINE_NEO4J_PASSWORD}) or a
 * demo data folder ({@code --data-dir}): the running demo's server if there is one, else the
 * folder's database started for the query.
 */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description =
                "Asks the knowledge graph: claims of a drug, drugs of a target, new claims,"
                        + " the evidence of a claim, statistics.",
        subcommands = {
            QueryCommand.Claims.class,
            QueryCommand.Drugs.class,
            QueryCommand.NewClaims.class,
            QueryCommand.Evidence.class,
            QueryCommand.Stats.class
        })
public final class QueryCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--bolt",
            paramLabel = "URI",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Bolt URI of Neo4j (password from LITMINE_NEO4J_PASSWORD).")
    String bolt;

    @Option(
            names = "--user",
            defaultValue = "neo4j",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Neo4j user with --bolt. Default: ${DEFAULT-VALUE}.")
    String user;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = CommandLine.ScopeType.INHERIT,
            description = "A demo data folder (default ./litmine-data when --bolt is absent).")
    Path dataDir;

    @Option(
            names = "--json",
            scope = CommandLine.ScopeType.INHERIT,
            description = "One JSON array of rows instead of a table.")
    boolean json;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs one question against the chosen graph and prints its answer. */
    int answer(CommandLine cli, Function<GraphQueries, List<Map<String, Object>>> question)
            throws IOException {
        if (bolt != null) {
            String password = System.getenv(EmbeddedNeo4j.PASSWORD_ENV);
            if (password == null) {
                throw new IllegalArgumentException("--bolt needs LITMINE_NEO4J_PASSWORD");
            }
            try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic(user, password))) {
                return print(cli, question.apply(new GraphQueries(driver)));
            }
        }
        Path neo4jDir = (dataDir != null ? dataDir : Path.of("litmine-data")).resolve("neo4j");
        if (!Files.isDirectory(neo4jDir.resolve("data"))) {
            throw new IllegalArgumentException(
                    neo4jDir + " holds no graph: run litmine demo first, or pass --bolt");
        }
        String password = Files.readString(EmbeddedNeo4j.passwordFile(neo4jDir)).strip();
        String running = runningBolt(neo4jDir);
        if (running != null) {
            try (Driver driver =
                    GraphDatabase.driver(running, AuthTokens.basic(EmbeddedNeo4j.USER, password))) {
                return print(cli, question.apply(new GraphQueries(driver)));
            }
        }
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(neo4jDir);
                Driver driver = neo4j.driver()) {
            return print(cli, question.apply(new GraphQueries(driver)));
        }
    }

    private static String runningBolt(Path neo4jDir) throws IOException {
        Path file = EmbeddedNeo4j.boltUriFile(neo4jDir);
        if (!Files.exists(file)) {
            return null;
        }
        String uri = Files.readString(file).strip();
        URI parsed = URI.create(uri);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(parsed.getHost(), parsed.getPort()), 1000);
            return uri;
        } catch (IOException notRunning) {
            return null;
        }
    }

    private int print(CommandLine cli, List<Map<String, Object>> rows) {
        PrintWriter out = cli.getOut();
        if (json) {
            out.println(Tables.json(rows));
            out.flush();
        } else {
            Tables.print(out, rows);
        }
        return 0;
    }

    @Command(
            name = "claims",
            mixinStandardHelpOptions = true,
            description = "The claims whose subject is DRUG, with their evidence counts.")
    static final class Claims implements Callable<Integer> {
        @CommandLine.ParentCommand QueryCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DRUG")
        String drug;

        @Override
        public Integer call() throws IOException {
            return parent.answer(spec.commandLine(), q -> q.claimsOfDrug(drug));
        }
    }

    @Command(
            name = "drugs",
            mixinStandardHelpOptions = true,
            description = "The drugs claimed to act on TARGET.")
    static final class Drugs implements Callable<Integer> {
        @CommandLine.ParentCommand QueryCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "TARGET")
        String target;

        @Override
        public Integer call() throws IOException {
            return parent.answer(spec.commandLine(), q -> q.drugsOfTarget(target));
        }
    }

    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            description =
                    "Claims first seen at or after a time (ISO-8601, e.g. 2026-11-28T00:00:00Z).")
    static final class NewClaims implements Callable<Integer> {
        @CommandLine.ParentCommand QueryCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Option(names = "--since", required = true, paramLabel = "TIME")
        String since;

        @Option(names = "--limit", defaultValue = "50")
        int limit;

        @Override
        public Integer call() throws IOException {
            Instant from;
            try {
                from = Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--since " + since + ": expected e.g. 2026-11-28T00:00:00Z");
            }
            return parent.answer(spec.commandLine(), q -> q.newClaimsSince(from, limit));
        }
    }

    @Command(
            name = "evidence",
            mixinStandardHelpOptions = true,
            description = "The articles asserting one claim (PMIDs, titles, model).")
    static final class Evidence implements Callable<Integer> {
        @CommandLine.ParentCommand QueryCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "CLAIM_ID")
        String claim;

        @Override
        public Integer call() throws IOException {
            return parent.answer(spec.commandLine(), q -> q.evidence(claim));
        }
    }

    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = "Counts of articles, claims, evidence, drugs and targets.")
    static final class Stats implements Callable<Integer> {
        @CommandLine.ParentCommand QueryCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return parent.answer(spec.commandLine(), GraphQueries::stats);
        }
    }
}

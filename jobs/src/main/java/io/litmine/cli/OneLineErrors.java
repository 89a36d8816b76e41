package io.litmine.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr ("litmine ingest: reason") and exit
 * status 1. The stack trace goes to the log at DEBUG, never to the user's terminal.
 */
final class OneLineErrors implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        LOG.debug("{} failed", cmd.getCommandName(), ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != ex && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (" + root.getMessage() + ")";
        }
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + message);
        cmd.getErr().flush();
        return 1;
    }
}

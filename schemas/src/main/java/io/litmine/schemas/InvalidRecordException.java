package io.litmine.schemas;

/**
 * A payload that is not JSON, or does not match its topic's schema. The message is the reason a
 * dead letter carries: it names the offending field and what was expected.
 */
public final class InvalidRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidRecordException(String reason) {
        super(reason);
    }

    public InvalidRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

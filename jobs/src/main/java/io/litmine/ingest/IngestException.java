package io.litmine.ingest;

/** Ingestion cannot go on (the broker refuses writes, the state file is unreadable, ...). */
public final class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}

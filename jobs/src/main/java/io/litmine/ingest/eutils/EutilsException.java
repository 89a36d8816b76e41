package io.litmine.ingest.eutils;

/** An E-utilities request failed for good (after retries), or NCBI answered with an error. */
public final class EutilsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EutilsException(String message) {
        super(message);
    }

    public EutilsException(String message, Throwable cause) {
        super(message, cause);
    }
}

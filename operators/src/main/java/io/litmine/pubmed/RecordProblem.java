package io.litmine.pubmed;

/**
 * Why a record could not be read, with enough to find it: the file, the record's position in it
 * (1-based, counting citation elements) and its PMID when it has one.
 *
 * @param source file name
 * @param position 1-based position of the record in the file; for a fatal problem, the position the
 *     file broke at (one past the last good record)
 * @param pmid the record's PMID, or null when it has none or it could not be read
 * @param reason what is wrong, in words
 * @param fatal true when the rest of the file cannot be read (truncated gzip, unknown root)
 */
public record RecordProblem(
        String source, int position, String pmid, String reason, boolean fatal) {

    /** One line for the user: {@code file: record 17 (PMID 123): reason}. */
    public String describe() {
        StringBuilder line = new StringBuilder(source).append(": ");
        if (position <= 0) {
            return line.append(reason).toString();
        }
        if (fatal) {
            line.append("stopped at record ").append(position);
        } else {
            line.append("record ").append(position);
        }
        if (pmid != null) {
            line.append(" (PMID ").append(pmid).append(')');
        }
        return line.append(": ").append(reason).toString();
    }
}

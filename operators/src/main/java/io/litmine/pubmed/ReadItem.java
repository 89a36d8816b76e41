package io.litmine.pubmed;

import io.litmine.schemas.PubmedRecord;

/** What {@link PubmedXmlReader#next()} yields: a record, a rejected record, or a skipped one. */
public sealed interface ReadItem {

    /** A record read successfully. */
    record Parsed(PubmedRecord record) implements ReadItem {}

    /**
     * A record (or the rest of the file, when {@link RecordProblem#fatal()}) that could not be
     * read. The records before and after it are unaffected.
     */
    record Rejected(RecordProblem problem) implements ReadItem {}

    /** A well-formed record litmine does not mine, such as a {@code PubmedBookArticle}. */
    record Skipped(String source, int position, String pmid, String reason) implements ReadItem {}
}

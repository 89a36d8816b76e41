package io.litmine.schemas;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;

/**
 * One value on the {@code pubmed.articles} topic: an article version or a deletion, told apart by
 * the {@code type} field of the JSON envelope. The Kafka key is always {@link #pmid()}, so every
 * version and the deletion of an article land in the same partition, in order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ArticleRecord.class, name = ArticleRecord.TYPE),
    @JsonSubTypes.Type(value = DeletionRecord.class, name = DeletionRecord.TYPE)
})
public sealed interface PubmedRecord extends Serializable permits ArticleRecord, DeletionRecord {

    /** The PubMed identifier, digits only; the Kafka key. */
    String pmid();

    /** The file (or E-utilities request) the record was read from, for provenance. */
    String source();
}

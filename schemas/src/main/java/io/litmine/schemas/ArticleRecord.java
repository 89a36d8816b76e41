package io.litmine.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One version of a PubMed citation as litmine needs it downstream: the text the models read (title,
 * abstract, labelled sections) and the metadata analysts filter by. Text keeps the characters of
 * inline markup ({@code <i>}, {@code <sub>}, MathML) with whitespace normalised.
 *
 * @param pmid PubMed identifier
 * @param version the PMID's {@code Version} attribute; a newer version supersedes older ones
 * @param title article title, may be empty but never null
 * @param abstractText every {@code AbstractText} section in order, a labelled one as "LABEL: text",
 *     joined by a single space; empty when the citation has no abstract
 * @param sections the abstract's sections with their {@code Label} and {@code NlmCategory}
 * @param journal the journal's full title, or null
 * @param published publication date as precise as the XML gives: "2018", "2018-08" or "2018-08-15";
 *     null when the XML has no year
 * @param meshTerms MeSH descriptor names in document order
 * @param publicationTypes publication types in document order
 * @param language the first {@code Language} code (e.g. "eng"), or null
 * @param revised {@code DateRevised} as an ISO date, or null
 * @param hasAbstract whether any abstract section has text
 * @param source file the record came from
 */
@JsonPropertyOrder({
    "type",
    "pmid",
    "version",
    "title",
    "abstract",
    "sections",
    "journal",
    "published",
    "meshTerms",
    "publicationTypes",
    "language",
    "revised",
    "hasAbstract",
    "source"
})
public record ArticleRecord(
        String pmid,
        int version,
        String title,
        @JsonProperty("abstract") String abstractText,
        List<AbstractSection> sections,
        String journal,
        String published,
        List<String> meshTerms,
        List<String> publicationTypes,
        String language,
        String revised,
        boolean hasAbstract,
        String source)
        implements PubmedRecord {

    /** The envelope's {@code type} value. */
    public static final String TYPE = "article";

    public ArticleRecord {
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        meshTerms = List.copyOf(Objects.requireNonNull(meshTerms, "meshTerms"));
        publicationTypes =
                List.copyOf(Objects.requireNonNull(publicationTypes, "publicationTypes"));
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
    }
}

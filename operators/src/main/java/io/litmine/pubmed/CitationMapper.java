package io.litmine.pubmed;

import static io.litmine.pubmed.XmlElements.child;
import static io.litmine.pubmed.XmlElements.children;
import static io.litmine.pubmed.XmlElements.path;
import static io.litmine.pubmed.XmlElements.text;
import static io.litmine.pubmed.XmlElements.texts;

import io.litmine.schemas.AbstractSection;
import io.litmine.schemas.ArticleRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Maps one citation element to an {@link ArticleRecord}: a {@code PubmedArticle} (current baseline,
 * update and efetch files) or a bare {@code MedlineCitation} (the older {@code MedlineCitationSet}
 * files). Only {@code MedlineCitation} is read, so both give the same record.
 */
final class CitationMapper {
    private static final Pattern PMID = Pattern.compile("[1-9][0-9]{0,9}");

    private CitationMapper() {}

    /** Thrown for a citation that cannot become a record; the message is the reason. */
    static final class UnusableCitationException extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableCitationException(String reason) {
            super(reason);
        }
    }

    /** The citation's PMID text, or null when there is none. */
    static String pmidOf(Element citationOrWrapper) {
        return text(child(medlineCitation(citationOrWrapper), "PMID"));
    }

    static ArticleRecord map(Element citationOrWrapper, String source)
            throws UnusableCitationException {
        Element citation = medlineCitation(citationOrWrapper);
        if (citation == null) {
            throw new UnusableCitationException("no MedlineCitation element");
        }
        Element pmidElement = child(citation, "PMID");
        String pmid = text(pmidElement);
        if (pmid == null || pmid.isEmpty()) {
            throw new UnusableCitationException("record without a PMID");
        }
        if (!PMID.matcher(pmid).matches()) {
            throw new UnusableCitationException("PMID '" + pmid + "' is not a positive number");
        }
        Element article = child(citation, "Article");
        List<AbstractSection> sections = sections(path(article, "Abstract"));
        return new ArticleRecord(
                pmid,
                version(pmidElement),
                orEmpty(text(child(article, "ArticleTitle"))),
                abstractText(sections),
                sections,
                text(path(article, "Journal", "Title")),
                PubmedDates.partial(path(article, "Journal", "JournalIssue", "PubDate")),
                meshTerms(citation),
                texts(child(article, "PublicationTypeList"), "PublicationType"),
                language(article),
                PubmedDates.full(child(citation, "DateRevised")),
                sections.stream().anyMatch(s -> !s.text().isEmpty()),
                source);
    }

    private static Element medlineCitation(Element element) {
        return element.tagName().equals("MedlineCitation")
                ? element
                : child(element, "MedlineCitation");
    }

    private static int version(Element pmid) throws UnusableCitationException {
        String version = pmid.attr("Version").trim();
        if (version.isEmpty()) {
            return 1;
        }
        try {
            int value = Integer.parseInt(version);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        throw new UnusableCitationException(
                "PMID Version '" + version + "' is not a positive number");
    }

    private static List<AbstractSection> sections(Element abstractElement) {
        List<AbstractSection> sections = new ArrayList<>();
        for (Element text : children(abstractElement, "AbstractText")) {
            sections.add(
                    new AbstractSection(
                            blankToNull(text.attr("Label")),
                            blankToNull(text.attr("NlmCategory")),
                            text(text)));
        }
        return sections;
    }

    /** Every section in order, a labelled one as "LABEL: text", joined by one space. */
    private static String abstractText(List<AbstractSection> sections) {
        StringBuilder joined = new StringBuilder();
        for (AbstractSection section : sections) {
            if (section.text().isEmpty() && section.label() == null) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            if (section.label() != null) {
                joined.append(section.label()).append(": ");
            }
            joined.append(section.text());
        }
        return joined.toString().strip();
    }

    private static List<String> meshTerms(Element citation) {
        List<String> terms = new ArrayList<>();
        for (Element heading : children(child(citation, "MeshHeadingList"), "MeshHeading")) {
            String name = text(child(heading, "DescriptorName"));
            if (name != null && !name.isEmpty()) {
                terms.add(name);
            }
        }
        return terms;
    }

    private static String language(Element article) {
        List<String> languages = texts(article, "Language");
        return languages.isEmpty() ? null : languages.get(0).toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package io.litmine.tasks;

/**
 * The source texts of the relation tasks, as their {@code rebuild_data.py} built them. The model
 * saw only lower-cased text, so lower-casing is part of the contract, not a normalisation choice.
 */
final class RelationSources {

    private RelationSources() {}

    /**
     * KD-DTI and BC5CDR: {@code title + (" " if re.search(r"\W$", title) else ". ") + abstract},
     * lower-cased. A title ending in punctuation keeps it and gets a space; any other gets {@code
     * ". "}.
     *
     * <p>Deliberate deviation: a blank title gives the abstract alone, where the script would
     * produce {@code ". " + abstract}; every training and test document has a title, so the model
     * never saw that form and parity on the test sets is unaffected.
     */
    static String titleAndAbstract(Article article) {
        String title = article.title();
        if (PythonText.strip(title).isEmpty()) {
            return PythonText.lower(article.abstractText());
        }
        boolean endsNonWord = !PythonText.isWordChar(title.codePointBefore(title.length()));
        return PythonText.lower(title + (endsNonWord ? " " : ". ") + article.abstractText());
    }

    /** DDI: {@code abstract.strip().replace("\n", " ").lower()}; DDI documents have no title. */
    static String abstractOnly(Article article) {
        return PythonText.lower(PythonText.strip(article.abstractText()).replace("\n", " "));
    }
}

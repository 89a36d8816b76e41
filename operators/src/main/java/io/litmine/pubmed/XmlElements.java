package io.litmine.pubmed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Navigation by direct children with exact, case-sensitive XML names. PubMed nests elements of the
 * same name at several depths (a {@code PMID} inside {@code CommentsCorrections}, say), so
 * descendant selectors would pick up the wrong one.
 */
final class XmlElements {
    private XmlElements() {}

    /** The first direct child named {@code name}, or null. */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element child : parent.children()) {
            if (child.tagName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    /** The element at the end of a path of direct children, or null where the path breaks. */
    static Element path(Element start, String... names) {
        Element current = start;
        for (String name : names) {
            current = child(current, name);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** All direct children named {@code name}, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Element child : parent.children()) {
                if (child.tagName().equals(name)) {
                    found.add(child);
                }
            }
        }
        return found;
    }

    /**
     * The element's text, inline markup ({@code <i>}, {@code <sub>}, MathML) reduced to its
     * characters and whitespace runs collapsed to one space; null for a null element.
     */
    static String text(Element element) {
        return element == null ? null : element.text();
    }

    /** The texts of the named children, empty ones left out. */
    static List<String> texts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        for (Element child : children(parent, name)) {
            String text = child.text();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }
}

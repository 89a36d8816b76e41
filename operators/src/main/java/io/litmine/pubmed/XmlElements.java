package io.litmine.pubmed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
     *
     * <p>Whitespace that contains a line break and touches an inline element is dropped: it is the
     * indentation of a pretty-printed file ({@code β\n\t\t<sub>2</sub>} is "β2"), not text. Spaces
     * on one line are kept ({@code the <i>TERT</i> gene}).
     */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        StringBuilder raw = new StringBuilder();
        appendText(element, raw);
        return collapseWhitespace(raw);
    }

    private static void appendText(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String value = text.getWholeText();
                if (text.previousSibling() instanceof Element) {
                    value = stripIndentation(value, true);
                }
                if (text.nextSibling() instanceof Element) {
                    value = stripIndentation(value, false);
                }
                out.append(value);
            } else if (child instanceof Element inner) {
                appendText(inner, out);
            }
        }
    }

    /** Removes the leading (or trailing) whitespace run if it holds a line break. */
    private static String stripIndentation(String value, boolean leading) {
        int length = value.length();
        int i = leading ? 0 : length;
        boolean lineBreak = false;
        while (leading ? i < length : i > 0) {
            char c = value.charAt(leading ? i : i - 1);
            if (!isXmlSpace(c)) {
                break;
            }
            lineBreak |= c == '\n' || c == '\r';
            i += leading ? 1 : -1;
        }
        if (!lineBreak) {
            return value;
        }
        return leading ? value.substring(i) : value.substring(0, i);
    }

    private static String collapseWhitespace(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isXmlSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The texts of the named children, empty ones left out. */
    static List<String> texts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        for (Element child : children(parent, name)) {
            String text = text(child);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }
}

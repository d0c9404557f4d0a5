package io.gazette.extract;

import org.jsoup.nodes.Element;

/**
 * Attribute lookups for the steps' walks over the parsed page. The HTML parser lower-cases attribute
 * names, so a lower-case key is looked up with {@code equals}; jsoup's {@code attr}, {@code hasAttr},
 * {@code className} and {@code id} compare every key ignoring case ({@code equalsIgnoreCase}, a
 * lower-casing of both per key), which showed in profiles of the walks that ask several attributes
 * of every element. Keys passed here must be lower case.
 */
public final class Attrs {
    private Attrs() {
    }

    /** The value, "" when absent (as {@code e.attr(key)} for a page from the HTML parser). */
    public static String get(Element e, String key) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(key);
    }

    /** Whether the element has the attribute (as {@code e.hasAttr(key)}). */
    public static boolean has(Element e, String key) {
        return e.attributesSize() != 0 && e.attributes().hasKey(key);
    }

    /** As {@code e.className()}: the class attribute, trimmed. */
    public static String className(Element e) {
        return get(e, "class").trim();
    }

    /** As {@code e.id()}. */
    public static String id(Element e) {
        return get(e, "id");
    }
}

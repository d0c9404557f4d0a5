package io.gazette.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements the metadata step reads, gathered in one walk of the document: each
 * {@code doc.select(...)} walks every node, and the step asked for meta tags, links, JSON-LD
 * scripts, headings and the html element one walk at a time. The lists keep document order, so
 * filtering one with a selector's {@link Evaluator} gives what {@code select} would.
 */
final class PageElements {
    final Document doc;
    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> scripts = new ArrayList<>();
    final List<Element> htmls = new ArrayList<>(1);
    /** h1 headings and every element with an itemprop (headline candidates are among them). */
    final List<Element> headings = new ArrayList<>();

    private PageElements(Document doc) {
        this.doc = doc;
    }

    static PageElements of(Document doc) {
        PageElements p = new PageElements(doc);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "meta" -> p.metas.add(e);
                    case "link" -> p.links.add(e);
                    case "script" -> p.scripts.add(e);
                    case "html" -> p.htmls.add(e);
                    case "h1" -> p.headings.add(e);
                    default -> {
                    }
                }
                if (e.hasAttr("itemprop") && !e.normalName().equals("h1")) {
                    p.headings.add(e);
                }
            }
        }, doc);
        return p;
    }

    /** The elements of {@code among} that the selector matches, in document order. */
    List<Element> select(List<Element> among, Evaluator selector) {
        List<Element> out = new ArrayList<>();
        for (Element e : among) {
            if (selector.matches(doc, e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first of {@code among} that the selector matches, or null. */
    Element selectFirst(List<Element> among, Evaluator selector) {
        for (Element e : among) {
            if (selector.matches(doc, e)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The first html element's lang (as {@code doc.select("html").attr("lang")}), else its
     * {@code xml:lang} (XHTML pages often declare only that one), or "".
     */
    String htmlLang() {
        for (Element h : htmls) {
            if (h.hasAttr("lang")) {
                return h.attr("lang");
            }
        }
        for (Element h : htmls) {
            if (h.hasAttr("xml:lang")) {
                return h.attr("xml:lang");
            }
        }
        return "";
    }
}

package io.gazette.extract.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article text in an HTML page without changing the document (later steps still read
 * bylines and dates from it).
 *
 * <p>The cascade:
 * <ol>
 *   <li>score paragraph containers by the text they hold (length, commas), the way readability
 *       does, ignoring subtrees that are boilerplate by tag or by class/id;</li>
 *   <li>take the best container, discounted by its link density, plus siblings that score close
 *       to it (articles split over several divs);</li>
 *   <li>render it as paragraphs, dropping link lists, ad labels and repeated paragraphs;</li>
 *   <li>when that yields little and the page ships a JSON-LD {@code articleBody}, use that.</li>
 * </ol>
 */
public final class MainTextExtractor {
    private static final int MIN_PARAGRAPH_CHARS = 25;

    public MainText extract(Document doc, String jsonLdArticleBody) {
        Element body = doc.body();
        MainText dom = body == null ? MainText.NONE : fromDom(body);
        String ld = jsonLdArticleBody == null ? null : jsonLdArticleBody.strip();
        // The DOM result wins unless it is clearly short of what the publisher says the body is.
        if (ld != null && ld.length() > 200 && dom.text().length() < ld.length() * 0.5) {
            return new MainText(normaliseParagraphs(ld), "json-ld");
        }
        return dom;
    }

    private MainText fromDom(Element body) {
        Map<Element, Double> scores = score(body);
        Element top = null;
        double best = 0;
        for (var e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            String all = render(List.of(body));
            return all.isBlank() ? MainText.NONE : new MainText(all, "whole-body");
        }
        List<Element> chosen = withSiblings(top, best, scores);
        return new MainText(render(chosen), "dom");
    }

    /** Readability's scoring: each paragraph gives points to its parent and, less, to its ancestors. */
    private Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                if (isBoilerplate(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (TextSelectors.PARAGRAPH_TAGS.contains(el.normalName()) || isTextDiv(el)) {
                    String text = el.text();
                    if (text.length() >= MIN_PARAGRAPH_CHARS) {
                        double points = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
                        Element parent = el.parent();
                        for (int level = 0; level < 3 && parent != null; level++, parent = parent.parent()) {
                            double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                            scores.merge(parent, initialScore(parent) + points * share,
                                    (old, add) -> old + points * share);
                        }
                    }
                    // paragraphs inside paragraphs (li in td) would count twice
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return scores;
    }

    /** A div used as a paragraph: it holds text directly and no block children. */
    private static boolean isTextDiv(Element el) {
        if (!el.normalName().equals("div")) {
            return false;
        }
        for (Element c : el.children()) {
            if (TextSelectors.BLOCK_TAGS.contains(c.normalName()) && !c.normalName().equals("br")) {
                return false;
            }
        }
        return el.ownText().length() >= MIN_PARAGRAPH_CHARS;
    }

    private static double initialScore(Element el) {
        double s = switch (el.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(el);
    }

    private static double classWeight(Element el) {
        double w = 0;
        String cls = el.className() + " " + el.id();
        if (TextSelectors.POSITIVE.matcher(cls).find()) {
            w += 25;
        }
        if (isNegative(el)) {
            w -= 25;
        }
        return w;
    }

    private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, best * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            if (isBoilerplate(sib)) {
                continue;
            }
            Double s = scores.get(sib);
            if (s != null && s >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                String t = sib.text();
                double ld = linkDensity(sib);
                if ((t.length() > 80 && ld < 0.25) || (t.length() > 0 && ld == 0 && t.matches(".*[.!?\u3002]\\s*$"))) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    /** Renders elements as paragraphs ("\n\n" between blocks), skipping boilerplate subtrees. */
    static String render(List<Element> roots) {
        List<Block> blocks = new ArrayList<>();
        Block[] current = {new Block()};
        int[] inLink = {0};
        for (Element root : roots) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode tn) {
                        String t = tn.text();
                        current[0].text.append(t);
                        if (inLink[0] > 0) {
                            current[0].linkChars += t.strip().length();
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element el)) {
                        return FilterResult.CONTINUE;
                    }
                    if (el != root && (isBoilerplate(el) || el.normalName().equals("h1")
                            || el.normalName().equals("header"))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.normalName().equals("a")) {
                        inLink[0]++;
                    }
                    if (TextSelectors.BLOCK_TAGS.contains(el.normalName())) {
                        current[0] = flush(current[0], blocks);
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element el) {
                        if (el.normalName().equals("a")) {
                            inLink[0]--;
                        }
                        if (TextSelectors.BLOCK_TAGS.contains(el.normalName())) {
                            current[0] = flush(current[0], blocks);
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            current[0] = flush(current[0], blocks);
        }
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            String t = b.normalised();
            if (t.isEmpty() || TextSelectors.JUNK_BLOCK.matcher(t).matches()) {
                continue;
            }
            // a block that is mostly link text is a list of other stories, not prose
            if (b.linkChars > 0.6 * t.length() && t.length() < 400) {
                continue;
            }
            if (!seen.add(t)) {
                continue; // nested article/main wrappers repeat paragraphs
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(t);
        }
        return out.toString();
    }

    private static Block flush(Block b, List<Block> blocks) {
        if (b.text.length() > 0) {
            blocks.add(b);
            return new Block();
        }
        return b;
    }

    private static final class Block {
        final StringBuilder text = new StringBuilder();
        int linkChars;

        String normalised() {
            return text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        }
    }

    /** Boilerplate by tag, by hiding, or by a class/id word that is not outweighed by an article word. */
    static boolean isBoilerplate(Element el) {
        if (TextSelectors.SKIP_TAGS.contains(el.normalName())) {
            return true;
        }
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        return isNegative(el) && !el.normalName().equals("body") && !el.normalName().equals("article")
                && !el.normalName().equals("main");
    }

    private static boolean isNegative(Element el) {
        String attrs = el.className() + " " + el.id();
        if (attrs.isBlank()) {
            return false;
        }
        for (String token : attrs.trim().split("\\s+")) {
            if (TextSelectors.NEGATIVE.matcher(token).find() && !STRONG_POSITIVE.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Tokens like "article-body", "entry-content", "story_text": the article container itself. */
    private static final java.util.regex.Pattern STRONG_POSITIVE = java.util.regex.Pattern.compile(
            "(?i)^(article|story|entry|post|main|news|blog|page|td-post)?[-_]?(body|content|text|copy|inner)$");

    static double linkDensity(Element el) {
        int total = el.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : el.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u3001' || c == '\uff0c') {
                n++;
            }
        }
        return n;
    }

    /** JSON-LD bodies come with arbitrary whitespace; keep their paragraph breaks only. */
    static String normaliseParagraphs(String s) {
        StringBuilder out = new StringBuilder();
        for (String p : s.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n|\\n")) {
            String t = p.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(t);
            }
        }
        return out.toString();
    }
}

package io.gazette.cli;

import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.extract.Step;
import io.gazette.extract.explain.Explain;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One page taken through the pipeline for a person to look at: the outcome {@code run} would write,
 * and the work area step by step (time, what each step left, where a reject happened), with the
 * page's blocks and whether the text kept them.
 *
 * <p>The outcome comes from {@link Pipeline#process}, exactly as in {@code run} and {@code extract};
 * the trace is a second pass over the same steps in the same order, timed one by one.
 */
final class Inspection {

    /** One step as it ran on this page. */
    record StepRun(String name, double millis, String summary, String result) {
        boolean rejected() {
            return result.startsWith("rejected");
        }
    }

    final RawPage raw;
    /** 1-based position of the record in its file. */
    final long record;
    final Outcome outcome;
    final PageWork work;
    final List<StepRun> steps = new ArrayList<>();
    /** Steps that did not run because an earlier one rejected the page (or failed). */
    final List<String> notRun = new ArrayList<>();
    /** The page's blocks in document order; recorded by the text step when it does, else computed here. */
    final List<Explain.Block> blocks = new ArrayList<>();
    /** True when the main-text step recorded the blocks itself (then reasons are its own). */
    boolean blocksFromStep;

    private Inspection(RawPage raw, long record, Outcome outcome, PageWork work) {
        this.raw = raw;
        this.record = record;
        this.outcome = outcome;
        this.work = work;
    }

    /** Runs the page through the pipeline and traces every step. */
    static Inspection of(Pipeline pipeline, io.gazette.config.GazetteOptions options, RawPage raw, long record) {
        Outcome outcome = pipeline.process(raw);
        PageWork w = new PageWork(raw, options);
        w.explain = new Explain();
        Inspection in = new Inspection(raw, record, outcome, w);
        Document before = null;
        boolean stopped = false;
        for (Step step : pipeline.steps()) {
            if (stopped) {
                in.notRun.add(step.name());
                continue;
            }
            if (step.name().equals("main-text") && w.doc != null) {
                before = w.doc.clone(); // the text step may prune the DOM; the block list wants the page as it was
            }
            w.currentStep = step.name();
            long t0 = System.nanoTime();
            String result;
            try {
                step.apply(w);
                result = w.isRejected() ? "rejected " + w.rejectReason()
                        + (w.rejectDetail() == null ? "" : ": " + w.rejectDetail()) : "ok";
            } catch (RuntimeException | StackOverflowError e) {
                result = "failed: " + e; // process() turned this into EXTRACTION_ERROR
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            in.steps.add(new StepRun(step.name(), ms, summary(step.name(), w), result));
            stopped = !result.equals("ok");
        }
        if (!w.explain.blocks().isEmpty()) {
            in.blocks.addAll(w.explain.blocks());
            in.blocksFromStep = true;
        } else if (w.text != null) {
            in.blocks.addAll(w.isPlainText() ? plainBlocks(w.plainText, w.text, w.title)
                    : before != null ? htmlBlocks(before, w.text, w.title) : List.of());
        }
        return in;
    }

    /** What a step left in the work area, in a few words. */
    private static String summary(String step, PageWork w) {
        return switch (step) {
            case "gate" -> w.raw.httpStatus() > 0
                    ? "HTTP " + w.raw.httpStatus() + (w.raw.contentType() == null ? "" : ", " + w.raw.contentType())
                    : (w.raw.contentType() == null ? "" : w.raw.contentType());
            case "decode" -> !w.decoded() ? "" : w.charset + " from " + w.charsetSource + ", "
                    + String.format(Locale.ROOT, "%,d", w.html().length()) + " characters"
                    + (w.htmlSpans != null ? " without script and style content" : "")
                    + (w.raw.truncated() ? ", record cut when read" : "");
            case "parse" -> (w.doc != null ? "HTML, " + String.format(Locale.ROOT, "%,d", w.doc.getAllElements().size())
                    + " elements" : w.plainText != null ? "plain-text page, " + w.plainText.lines().count() + " lines" : "")
                    + (w.truncated ? ", cut at a size cap" : "");
            case "metadata" -> {
                List<String> s = new ArrayList<>();
                s.add(w.meta.jsonLdArticle() != null ? "JSON-LD article" : "no JSON-LD article");
                if (w.title != null) {
                    s.add("title");
                }
                if (w.meta.canonicalUrl() != null) {
                    s.add("canonical URL");
                }
                if (w.meta.authors() != null && !w.meta.authors().isEmpty()) {
                    s.add(w.meta.authors().size() + " author(s)");
                }
                yield String.join(", ", s);
            }
            case "main-text" -> (w.text == null ? "no text" : (w.textMethod == null ? "" : "method " + w.textMethod + ", ")
                    + paragraphs(w.text) + " paragraph(s), " + String.format(Locale.ROOT, "%,d", w.text.length())
                    + " characters")
                    + (w.plainPage == null || w.plainPage.dateLines().isEmpty() ? ""
                    : "; date lines: " + String.join(" | ", w.plainPage.dateLines()))
                    + (w.plainPage == null || w.plainPage.credit() == null ? "" : "; credit: " + w.plainPage.credit());
            case "outlet" -> w.outlet == null ? "" : w.outlet;
            case "date" -> w.date == null || w.date.day() == null ? "no date found"
                    : w.date.day() + " from " + w.date.source();
            case "language" -> w.language == null ? "unknown" : w.language;
            case "entities" -> w.entities == null ? "" : w.entities.status().code() + ", "
                    + w.entities.entities().size() + " entities";
            default -> "";
        };
    }

    static int paragraphs(String text) {
        return text == null || text.isBlank() ? 0 : text.split("\n\n").length;
    }

    // --- the page's blocks, when the text step does not record them -------------------------------

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "figcaption", "td", "th", "dt", "dd", "caption", "address");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "aside",
            "header", "footer", "nav", "span", "form", "body");
    private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "head", "iframe", "select", "option", "button");

    /**
     * Leaf text blocks of the page in document order: elements of the block tags with no block
     * inside, plus containers' own loose text. Kept when the article text holds its words.
     */
    static List<Explain.Block> htmlBlocks(Document doc, String kept, String title) {
        List<Explain.Block> out = new ArrayList<>();
        String keptNorm = " " + norm(kept) + " ";
        String titleNorm = norm(title);
        Element body = doc.body();
        if (body != null) {
            walk(body, keptNorm, paragraphSet(kept), titleNorm, out);
        }
        return out;
    }

    private static void walk(Element e, String kept, Set<String> paras, String title, List<Explain.Block> out) {
        String tag = e.normalName();
        if (SKIP_TAGS.contains(tag)) {
            return;
        }
        boolean leafBlock = BLOCK_TAGS.contains(tag) && e.select(String.join(",", BLOCK_TAGS)).size() == 1;
        if (leafBlock) {
            add(path(e), e.text(), kept, paras, title, out);
            return;
        }
        if (CONTAINER_TAGS.contains(tag)) {
            String own = e.ownText();
            if (!own.isBlank() && own.strip().length() >= 2) {
                add(path(e), own, kept, paras, title, out);
            }
        }
        for (Element c : e.children()) {
            walk(c, kept, paras, title, out);
        }
    }

    static List<Explain.Block> plainBlocks(String page, String kept, String title) {
        List<Explain.Block> out = new ArrayList<>();
        String keptNorm = " " + norm(kept) + " ";
        String titleNorm = norm(title);
        Set<String> paras = paragraphSet(kept);
        String[] lines = page.split("\\r?\\n|\\r");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                add("line " + (i + 1), lines[i], keptNorm, paras, titleNorm, out);
            }
        }
        return out;
    }

    private static final int SHORT_WORDS = 5;

    private static void add(String path, String text, String kept, Set<String> keptParagraphs, String title,
                            List<Explain.Block> out) {
        String t = SPACE.matcher(text).replaceAll(" ").strip();
        if (t.isEmpty()) {
            return;
        }
        String n = norm(t);
        if (n.isEmpty()) {
            return;
        }
        // whole words ("PTI" is not kept by "optional"); a block of a few words ("By", "Politics") is
        // kept only as a paragraph of its own, since such words turn up anywhere in a text
        boolean in = n.split(" ").length >= SHORT_WORDS ? kept.contains(" " + n + " ")
                : keptParagraphs.contains(n);
        String reason = in ? null : !title.isEmpty() && n.equals(title) ? Explain.METADATA + ":title" : null;
        out.add(new Explain.Block(path, t, in, reason, Double.NaN));
    }

    private static Set<String> paragraphSet(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String p : text.split("\n\n")) {
            out.add(norm(p));
        }
        return out;
    }

    /** Lower case, letters and digits only, single spaces: small edits by the text step do not matter. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** A short CSS-like path: up to three elements, with id and first class. */
    static String path(Element e) {
        List<String> parts = new ArrayList<>();
        for (Element x = e; x != null && parts.size() < 3 && !x.normalName().equals("body"); x = x.parent()) {
            String one = x.normalName();
            if (!x.id().isEmpty()) {
                one += "#" + x.id();
            } else if (!x.classNames().isEmpty()) {
                one += "." + x.classNames().iterator().next();
            }
            parts.add(0, one.length() > 40 ? one.substring(0, 40) : one);
        }
        return String.join(" > ", parts);
    }
}

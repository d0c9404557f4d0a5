package io.gazette.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a scraped plain-text page (no markup at all) into headline, date lines, body and credit.
 *
 * <p>Such pages keep the site's reading order: date line and headline near the top, the body, then
 * blocks that are not the article ("Subscriber Only Stories", "Top News", comments). The rules:
 * blocks are runs of non-blank lines; a block that starts with a known heading is dropped; an
 * end-of-article line stops the body; the headline is the first short line that is not a date;
 * body paragraphs are prose lines after the headline; exact repeats (a standfirst repeated as
 * the first paragraph, a teaser shown twice) are kept once.
 */
public final class PlainTextExtractor {

    public PlainTextPage extract(String page) {
        return extract(page, Set.of());
    }

    /**
     * @param templateLines hashes ({@link TextBlocks#hash}) of lines that recur across the outlet's
     *                      pages; such lines are treated as blank (template text, not article)
     */
    public PlainTextPage extract(String page, Set<Long> templateLines) {
        PlainTextPage p = extractBlocks(blocks(page, templateLines));
        if (templateLines.isEmpty()) {
            return p;
        }
        // as for HTML: "template" that would take most of the text means a story copied many times
        PlainTextPage all = extractBlocks(blocks(page, Set.of()));
        return length(p.text()) * 2 < length(all.text()) ? all : p;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private PlainTextPage extractBlocks(List<List<String>> blocks) {
        String headline = null;
        String candidate = null;
        String credit = null;
        List<String> dateLines = new ArrayList<>();
        Set<String> body = new LinkedHashSet<>();
        boolean ended = false;

        for (List<String> block : blocks) {
            if (PlainTextRules.BLOCK_HEADING.matcher(block.get(0)).matches()) {
                continue;
            }
            for (String line : block) {
                if (PlainTextRules.END_OF_ARTICLE.matcher(line).matches()) {
                    ended = headline != null && !body.isEmpty();
                    break;
                }
                if (isDateLine(line)) {
                    dateLines.add(line);
                    continue;
                }
                if (ended) {
                    continue; // after the end only date lines ("First published on") still count
                }
                if (PlainTextRules.CREDIT.matcher(line).matches()) {
                    if (headline != null) {
                        credit = line;
                    }
                    continue;
                }
                int words = line.split("\\s+").length;
                boolean prose = words >= PlainTextRules.PARAGRAPH_MIN_WORDS;
                if (headline == null) {
                    // The headline is the last short line before the first prose paragraph, so that
                    // navigation or section labels above it are passed over.
                    if (prose && candidate != null) {
                        headline = candidate;
                    } else {
                        if (words >= PlainTextRules.HEADLINE_MIN_WORDS && words <= PlainTextRules.HEADLINE_MAX_WORDS
                                && !line.endsWith(".")) {
                            candidate = line;
                        }
                        continue;
                    }
                }
                if (PlainTextRules.CAPTION.matcher(line).matches()) {
                    continue;
                }
                if (prose) {
                    body.add(line);
                }
            }
        }
        if (headline == null) {
            headline = candidate;
        }
        return new PlainTextPage(headline, String.join("\n\n", withoutRepeats(new ArrayList<>(body))), dateLines,
                credit);
    }

    /**
     * Drops a paragraph that another paragraph contains whole: the standfirst that the page
     * repeats as the opening of the body, a teaser shown again in full.
     */
    static List<String> withoutRepeats(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            boolean containedElsewhere = false;
            for (String other : paragraphs) {
                if (other != p && other.length() > p.length() && other.contains(p)) {
                    containedElsewhere = true;
                    break;
                }
            }
            if (!containedElsewhere) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isDateLine(String line) {
        return line.length() <= PlainTextRules.MAX_DATE_LINE_CHARS && PlainTextRules.DATE_LINE.matcher(line).matches();
    }

    /** Runs of non-blank lines, each line stripped and whitespace-normalised. */
    static List<List<String>> blocks(String page, Set<Long> templateLines) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : page.split("\\r?\\n|\\r")) {
            String line = PageBlocks.normalise(raw);
            if (!line.isEmpty() && !templateLines.isEmpty() && templateLines.contains(TextBlocks.hash(line))) {
                line = "";
            }
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}

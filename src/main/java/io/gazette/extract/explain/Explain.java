package io.gazette.extract.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Why a page came out as it did, recorded by the steps while they run, for
 * {@code gazette inspect --explain}. A step finds it in {@code PageWork.explain}; that field is null
 * in {@code run} and {@code extract}, so a step records only behind {@code if (w.explain != null)} and
 * costs nothing otherwise. Not thread-safe: one per page, like the PageWork that holds it.
 *
 * <p>Two kinds of entries:
 * <ul>
 *   <li>{@link Block}: one block of the page (a paragraph, heading, list item, or a line of a plain-text
 *       page) in document order, with whether the text kept it and, when not, a short reason code.
 *       The main-text step records every block it looked at, kept or not.</li>
 *   <li>{@link Note}: a free sentence from any step ("date: json-ld datePublished 2022-09-08T10:00+05:30
 *       chosen over meta:article:published_time", "text: container div#story score 312").</li>
 * </ul>
 *
 * <p>Reason codes for dropped blocks (use these where one fits, so that inspect can group them; a
 * code of your own is shown as it is):
 * {@value #BOILERPLATE} (followed by ":" and the rule or flag that matched, e.g. {@code boilerplate:nav},
 * {@code boilerplate:share}), {@value #LINK_DENSE}, {@value #OUTSIDE}, {@value #LOW_SCORE},
 * {@value #DUPLICATE}, {@value #TEMPLATE}, {@value #METADATA} (followed by ":" and what it was taken as:
 * {@code metadata:title}, {@code metadata:byline}, {@code metadata:credit}, {@code metadata:date}),
 * {@value #DROP_SELECTOR} (an outlet's {@code drop-selectors}), {@value #TOO_SHORT}.
 */
public final class Explain {
    /** A boilerplate rule matched the block or an ancestor (nav, comments, share bar, related list, ...). */
    public static final String BOILERPLATE = "boilerplate";
    /** Mostly link text. */
    public static final String LINK_DENSE = "link-dense";
    /** Not inside the chosen container, nor in a sibling that scored close to it. */
    public static final String OUTSIDE = "outside-container";
    /** Inside the container but scored too low to keep. */
    public static final String LOW_SCORE = "low-score";
    /** Same text as an earlier kept block. */
    public static final String DUPLICATE = "duplicate";
    /** Recurs across the outlet's pages (cross-page template pass). */
    public static final String TEMPLATE = "template";
    /** Taken out of the text as a field of its own. */
    public static final String METADATA = "metadata";
    /** Matched one of the outlet's drop-selectors (conf/outlets.conf). */
    public static final String DROP_SELECTOR = "drop-selector";
    /** Too short to be prose on its own (a lone word, a label). */
    public static final String TOO_SHORT = "too-short";

    /**
     * One block of the page.
     *
     * @param path   where it sits, short CSS-like ({@code article#story > div.body > p}), or
     *               {@code line 12} for a plain-text page; null when unknown
     * @param text   its text, whitespace-normalised (inspect shortens it for display)
     * @param kept   whether the article text holds it
     * @param reason why not, as a code above; null when kept (or "kept" with a detail such as
     *               {@code kept:sibling})
     * @param score  the score the step gave it or its container, NaN when the step does not score
     */
    public record Block(String path, String text, boolean kept, String reason, double score) {
    }

    /** A sentence from a step about a choice it made. */
    public record Note(String step, String message) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    public void block(String path, String text, boolean kept, String reason, double score) {
        blocks.add(new Block(path, text, kept, reason, score));
    }

    public void kept(String path, String text, double score) {
        block(path, text, true, null, score);
    }

    public void dropped(String path, String text, String reason, double score) {
        block(path, text, false, reason, score);
    }

    public void note(String step, String message) {
        notes.add(new Note(step, message));
    }

    /** The blocks in the order recorded (document order). */
    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    public List<Note> notes() {
        return Collections.unmodifiableList(notes);
    }
}

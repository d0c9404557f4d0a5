package io.gazette.extract.text;

/**
 * The main text of a page.
 *
 * @param text   paragraphs separated by a blank line ("\n\n"), whitespace normalised inside them
 * @param method which part of the cascade produced it, for the run report and {@code inspect}
 * @param credit an agency credit line taken out of the text ("(With PTI inputs)"), or null
 */
public record MainText(String text, String method, String credit) {
    public static final MainText NONE = new MainText("", "none", null);

    public MainText(String text, String method) {
        this(text, method, null);
    }

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }
}

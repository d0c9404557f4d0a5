package io.gazette.extract.text;

/**
 * The main text of a page.
 *
 * @param text   paragraphs separated by a blank line ("\n\n"), whitespace normalised inside them
 * @param method which part of the cascade produced it, for the run report and {@code inspect}
 */
public record MainText(String text, String method) {
    public static final MainText NONE = new MainText("", "none");

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }
}

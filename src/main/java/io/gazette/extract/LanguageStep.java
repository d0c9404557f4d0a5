package io.gazette.extract;

import io.gazette.extract.lang.LanguageGuesser;

/**
 * The language of the article text; the page's declaration (html lang, content-language,
 * og:locale, JSON-LD inLanguage) decides only when the text alone does not.
 */
public final class LanguageStep implements Step {
    private final LanguageGuesser guesser = new LanguageGuesser();

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void apply(PageWork w) {
        w.language = guesser.guess(w.text, w.meta.language());
    }
}

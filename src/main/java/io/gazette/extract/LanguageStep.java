package io.gazette.extract;

import io.gazette.extract.lang.LanguageGuesser;

/** The language of the article text, with the page's declaration as the tie-breaker. */
public final class LanguageStep implements Step {
    private final LanguageGuesser guesser = new LanguageGuesser();

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void apply(PageWork w) {
        String declared = w.meta.htmlLang();
        if (declared == null) {
            declared = w.meta.firstMeta(java.util.List.of("content-language", "og:locale", "dc.language", "language"));
        }
        w.language = guesser.guess(w.text, declared);
    }
}

package io.gazette.extract;

import io.gazette.extract.date.DateExtractor;
import io.gazette.extract.date.OutletContext;
import io.gazette.extract.date.OrderEvidence;
import io.gazette.extract.date.OutletHints;
import io.gazette.extract.lang.LanguageGuesser;
import io.gazette.extract.outlet.Outlets;

import java.util.List;

/**
 * Publication date, time and zone with the rung of the cascade that found it. What the page leaves
 * open (the zone of a bare time, IST's country, the order of 08-09-2022) is read with the outlet's
 * conventions ({@link OutletContext}) and, when the Spark job learned them, the outlet's hints.
 */
public final class DateStep implements Step {
    private static final List<String> LOCALE_META = List.of("og:locale", "content-language", "dc.language",
            "language", "inlanguage");

    private final DateExtractor dates = new DateExtractor();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final OutletHints.Source hints;

    public DateStep() {
        this(OutletHints.Source.NONE);
    }

    /** @param hints per-outlet day/month order and zone learned from a dump (see {@link OutletHints#learn}) */
    public DateStep(OutletHints.Source hints) {
        this.hints = hints == null ? OutletHints.Source.NONE : hints;
    }

    @Override
    public String name() {
        return "date";
    }

    @Override
    public void apply(PageWork w) {
        OutletContext ctx = context(w);
        OutletHints h = hintsFor(w);
        if (w.isPlainText()) {
            List<String> lines = w.plainPage == null ? List.of() : w.plainPage.dateLines();
            w.date = dates.fromText(lines, w.plainText, w.url, w.raw.fetchedAt(), ctx, h);
        } else if (w.doc != null) {
            w.date = dates.fromHtml(w.doc, w.meta, w.url, w.raw.fetchedAt(), ctx, h);
        }
    }

    /**
     * The day/month-order evidence of a page (its all-numeric dates that only one reading allows), for
     * the Spark job to sum per outlet and turn into {@link OutletHints} with {@link OutletHints#learn}.
     * Works on rejected pages too, as long as they were parsed.
     */
    public static OrderEvidence orderEvidence(PageWork w) {
        if (w.isPlainText()) {
            return OrderEvidence.of(w.plainText);
        }
        return w.doc == null || w.doc.body() == null ? OrderEvidence.NONE : OrderEvidence.of(w.doc.body().text());
    }

    /** The candidates and context behind the date of an HTML page (for inspect --explain). */
    public List<String> explain(PageWork w) {
        return w.doc == null ? List.of("not an HTML page")
                : dates.explainHtml(w.doc, w.meta, w.url, w.raw.fetchedAt(), context(w), hintsFor(w));
    }

    private String outlet(PageWork w) {
        String outlet = w.outlet;
        if (outlet == null || outlet.equals(OutletStep.UNKNOWN)) {
            outlet = Outlets.fromUrl(w.url);
            if (outlet == null) {
                outlet = Outlets.fromUrl(w.meta.canonicalUrl());
            }
            if (outlet == null && w.isPlainText()) {
                outlet = Outlets.mentionedInText(w.plainText);
            }
        }
        return outlet;
    }

    private OutletHints hintsFor(PageWork w) {
        String outlet = outlet(w);
        OutletHints h = outlet == null ? null : hints.forOutlet(outlet);
        return h == null ? OutletHints.NONE : h;
    }

    /** What the date step assumes about the outlet of this page (see {@link OutletContext}). */
    public OutletContext context(PageWork w) {
        String outlet = outlet(w);
        OutletHints h = hintsFor(w);
        String locale = w.meta.htmlLang();
        String declaredRegion = w.meta.firstMeta(LOCALE_META);
        if (locale == null || (!locale.contains("-") && !locale.contains("_") && declaredRegion != null)) {
            locale = declaredRegion != null ? declaredRegion : locale;
        }
        // the pipeline's language step ran before; without it (the learning pass, tests) the
        // opening of the text is plenty to tell the language
        String sample = w.text == null || w.text.length() <= 3000 ? w.text : w.text.substring(0, 3000);
        String language = w.language != null ? w.language : languages.guess(sample, locale);
        return OutletContext.resolve(outlet, locale, language, h);
    }
}

package io.gazette.extract;

import io.gazette.extract.date.DateExtractor;

import java.util.List;

/** Publication date, time and zone with the rung of the cascade that found it. */
public final class DateStep implements Step {
    private final DateExtractor dates = new DateExtractor();

    @Override
    public String name() {
        return "date";
    }

    @Override
    public void apply(PageWork w) {
        if (w.isPlainText()) {
            List<String> lines = w.plainPage == null ? List.of() : w.plainPage.dateLines();
            w.date = dates.fromText(lines, w.url, w.raw.fetchedAt());
        } else {
            w.date = dates.fromHtml(w.doc, w.meta, w.url, w.raw.fetchedAt());
        }
    }
}

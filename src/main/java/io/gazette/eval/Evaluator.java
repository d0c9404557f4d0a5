package io.gazette.eval;

import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.extract.date.PublicationDate;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Runs the real pipeline over an evaluation set. Each page becomes a RawPage as a reader would make
 * it (format HTML, the gunzipped bytes as body, the gold URL, no content type, so the charset comes
 * from the page itself), and {@link Pipeline#trace} keeps the fields of rejected pages, which the
 * reference scorers count as (possibly empty) predictions.
 */
public final class Evaluator {
    private final Pipeline pipeline;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public SetReport run(EvalSet set, List<PageEvaluation> extra) {
        List<PageResult> results = new ArrayList<>(set.cases().size());
        for (EvalCase c : set.cases()) {
            PageWork w = null;
            String error = null;
            long t0 = System.nanoTime();
            try {
                w = pipeline.trace(page(c));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                error = e.toString();
            }
            long nanos = System.nanoTime() - t0;
            for (PageEvaluation x : extra) {
                x.accept(c, w);
            }
            results.add(w == null
                    ? new PageResult(c, "", null, List.of(), null, null, null, error, null, nanos)
                    : new PageResult(c, w.text == null ? "" : w.text, w.title, w.meta.authors(), published(w.date),
                    w.language, w.isRejected() ? w.rejectReason().name() : null, null, w.textMethod, nanos));
        }
        return new SetReport(set, results, extra);
    }

    static RawPage page(EvalCase c) throws IOException {
        return RawPage.builder(c.page().toString(), 0, InputFormat.HTML)
                .recordId(c.id())
                .url(c.url())
                .body(read(c.page()))
                .build();
    }

    static byte[] read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            if (p.getFileName().toString().endsWith(".gz")) {
                try (InputStream gz = new GZIPInputStream(in, 65536)) {
                    return gz.readAllBytes();
                }
            }
            return in.readAllBytes();
        }
    }

    /**
     * The date as score_metadata.py reads it, written as the date table scores it
     * ({@link DateEvaluation#predictionString}): an offset date-time when the instant is known and
     * falls on the publication day in that offset, else the day.
     */
    static String published(PublicationDate d) {
        return DateEvaluation.predictionString(d);
    }
}

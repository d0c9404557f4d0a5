package io.gazette.extract;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.date.PublicationDate;
import io.gazette.extract.meta.PageMetadata;
import io.gazette.extract.text.PlainTextPage;
import io.gazette.io.Utf8SpansReader;
import io.gazette.model.EntityResult;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;
import org.jsoup.nodes.Document;

/**
 * The partial results for one record as it moves through the steps. Created per record, never
 * shared between threads. Fields are filled in pipeline order; each is null until its step ran.
 */
public final class PageWork {
    public final RawPage raw;
    public final GazetteOptions options;

    /** The page URL: the record's, or a URL the page itself names when the record has none. */
    public String url;

    // decode: the page's text as a string, or, for a UTF-8 markup page, as spans of its bytes that
    // the parser decodes as it reads them (the content of scripts, styles and SVG left out)
    public String html;
    /** The [start, end) spans of {@code raw.body()}, in UTF-8, that are the page's text; {@link #html} is null then. */
    public int[] htmlSpans;
    public String charset;
    public String charsetSource;
    public boolean truncated;

    // parse: exactly one of doc / plainText is set
    public Document doc;
    public String plainText;

    // metadata and main text
    public PageMetadata meta = PageMetadata.EMPTY;
    public String title;
    public String text;
    /** Which rung of the main-text cascade answered. */
    public String textMethod;
    /** The parts of a plain-text page, when the page is one. */
    public PlainTextPage plainPage;
    /** An agency credit taken out of the text ("(With PTI inputs)"), or null. */
    public String credit;
    /**
     * Hashes ({@code TextBlocks.hash}) of blocks that recur across this outlet's pages, set by a
     * cross-page pass before the text step; those blocks are dropped from the text. Empty = unknown.
     */
    public java.util.Set<Long> templateBlocks = java.util.Set.of();

    // outlet, language, date
    public String outlet;
    public PublicationDate date;
    public String language;

    // entities
    public EntityResult entities;

    /**
     * What the steps record about their choices, for {@code inspect --explain}; null (record nothing)
     * everywhere else. See {@link io.gazette.extract.explain.Explain}.
     */
    public io.gazette.extract.explain.Explain explain;

    /** The step running now, for error details. */
    public String currentStep = "start";

    private RejectReason rejectReason;
    private String rejectDetail;

    public PageWork(RawPage raw, GazetteOptions options) {
        this.raw = raw;
        this.options = options;
        this.url = raw.url();
        this.truncated = raw.truncated();
    }

    public void reject(RejectReason reason, String detail) {
        if (rejectReason == null) {
            rejectReason = reason;
            rejectDetail = detail;
        }
    }

    public boolean isRejected() {
        return rejectReason != null;
    }

    public RejectReason rejectReason() {
        return rejectReason;
    }

    public String rejectDetail() {
        return rejectDetail;
    }

    public boolean isPlainText() {
        return plainText != null;
    }

    /** The page's text as a string (the spans decoded and joined when the decode step left spans). */
    public String html() {
        return html != null || htmlSpans == null ? html : Utf8SpansReader.join(raw.body(), htmlSpans);
    }

    /** Whether the decode step has given the page's text, as a string or as spans. */
    public boolean decoded() {
        return html != null || htmlSpans != null;
    }
}

package io.gazette.extract;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.date.DayMonthOrder;
import io.gazette.extract.date.OutletHints;
import io.gazette.extract.dedup.SimHash;
import io.gazette.extract.entity.EntityAnalyzer;
import io.gazette.extract.outlet.ArticleIds;
import io.gazette.extract.text.TextBlocks;
import io.gazette.model.Article;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import io.gazette.model.Reject;
import io.gazette.model.RejectReason;

import java.time.ZoneOffset;
import java.util.List;

/**
 * RawPage in, Article or Reject out: the whole extraction as an ordered list of small steps.
 * Pure Java; the same object runs in unit tests, in {@code extract}/{@code evaluate} and inside
 * Spark executors. Build one per thread (steps hold no shared mutable state, but are cheap to
 * keep per partition) and reuse it for every record.
 */
public final class Pipeline {
    /** Written into every row, so a table tells which extractor made it. */
    public static final String VERSION = "gazette-0.1.0";

    private final GazetteOptions options;
    private final List<Step> steps;
    private final List<Step> evidenceSteps;
    private final DateStep evidenceDates;

    public Pipeline(GazetteOptions options) {
        this(options, OutletKnowledge.NONE);
    }

    /** @param knowledge what a first pass over the dump learned per outlet (template blocks, date hints) */
    public Pipeline(GazetteOptions options, OutletKnowledge knowledge) {
        this.options = options;
        OutletKnowledge k = knowledge == null ? OutletKnowledge.NONE : knowledge;
        this.steps = List.of(
                new GateStep(),      // not a page at all? (reader skip, HTTP status, type, binary)
                new DecodeStep(),    // bytes -> text: HTTP charset, BOM, meta, detection
                new ParseStep(),     // markup -> DOM, or recognise a plain-text page
                new MetadataStep(),  // JSON-LD, meta tags, canonical URL, title, authors
                new OutletStep(),    // registrable domain of the URL (the text step drops its template)
                new MainTextStep(k), // the article text (rejects pages without one)
                new LanguageStep(),  // language of the text (the date step reads it for the outlet's conventions)
                new DateStep(outlet -> configuredOrLearned(options, k, outlet)), // publication date cascade
                new EntityStep(EntityAnalyzer.create(options.entities())) // persons, organisations, places
        );
        this.evidenceSteps = List.of(new GateStep(), new DecodeStep(), new ParseStep(), new MetadataStep(),
                new OutletStep());
        this.evidenceDates = new DateStep();
    }

    public List<Step> steps() {
        return steps;
    }

    /** Never throws for bad input: an unexpected error becomes an EXTRACTION_ERROR reject. */
    public Outcome process(RawPage raw) {
        PageWork w = new PageWork(raw, options);
        try {
            run(w);
        } catch (RuntimeException | StackOverflowError e) {
            // A pathological page must fail only itself; the detail names the step for the bug report.
            return Reject.of(raw, RejectReason.EXTRACTION_ERROR, w.currentStep + ": " + e);
        }
        return w.isRejected() ? Reject.of(raw, w.rejectReason(), w.rejectDetail()) : toArticle(w);
    }

    /**
     * What the date step assumes about an outlet: conf/outlets.conf where it says something (a person
     * knows better than any inference), else what the learning pass found.
     */
    static OutletHints configuredOrLearned(GazetteOptions options, OutletKnowledge k,
                                                                    String outlet) {
        OutletHints learned = k.hintsFor(outlet);
        var conf = options.outlet(outlet);
        if (conf.timezone() == null && conf.dateOrder() == null) {
            return learned;
        }
        var order = conf.dateOrder() == null ? learned.order()
                : DayMonthOrder.valueOf(conf.dateOrder().name());
        return new OutletHints(order, conf.timezone() != null ? conf.timezone() : learned.zone());
    }

    /**
     * The page's contribution to the learning pass ({@link OutletKnowledge}): its outlet, block
     * hashes, day/month evidence and stated zone. Runs only the steps up to the outlet and the date
     * cascade (no main text, no entities). Null for records that are no page (rejected before
     * parsing) or that fail; never throws.
     */
    public PageEvidence evidence(RawPage raw) {
        PageWork w = new PageWork(raw, options);
        try {
            for (Step step : evidenceSteps) {
                w.currentStep = step.name();
                step.apply(w);
                if (w.isRejected()) {
                    return null;
                }
            }
            if (w.doc == null && w.plainText == null) {
                return null;
            }
            evidenceDates.apply(w);
            List<TextBlocks.TextBlock> blocks = w.isPlainText()
                    ? TextBlocks.ofPlainText(w.plainText)
                    : TextBlocks.of(w.doc);
            long[] hashes = blocks.stream().mapToLong(TextBlocks.TextBlock::hash)
                    .filter(h -> h != 0).distinct().toArray();
            ZoneOffset zone = OutletHints.zoneEvidence(w.date);
            String key = w.url != null ? w.url : raw.sourceFile() + "@" + raw.sourceOffset();
            return new PageEvidence(w.outlet, key, hashes, DateStep.orderEvidence(w),
                    zone == null ? null : zone.getId());
        } catch (RuntimeException | StackOverflowError e) {
            return null; // the extraction pass meets the same page and gives it its reject reason
        }
    }

    /** Runs the steps and returns the work area itself, for {@code inspect} and tests. */
    public PageWork trace(RawPage raw) {
        PageWork w = new PageWork(raw, options);
        run(w);
        return w;
    }

    private void run(PageWork w) {
        for (Step step : steps) {
            w.currentStep = step.name();
            step.apply(w);
            if (w.isRejected()) {
                return;
            }
        }
    }

    private static Article toArticle(PageWork w) {
        String canonical = w.meta.canonicalUrl() != null ? w.meta.canonicalUrl() : w.url;
        String id = canonical != null ? ArticleIds.forUrl(canonical) : ArticleIds.forContent(w.title, w.text);
        var d = w.date;
        return new Article(
                id,
                w.url,
                canonical,
                w.outlet,
                w.meta.siteName(),
                w.title,
                w.meta.description(),
                w.meta.authors(),
                d == null ? null : d.publishedAt(),
                d == null ? null : d.offset(),
                d == null ? null : d.day(),
                d == null ? null : d.sourceColumn(),
                d == null ? null : d.modifiedAt(),
                w.raw.fetchedAt(),
                w.language,
                w.text,
                wordCount(w.text),
                w.charset,
                w.truncated,
                w.raw.sourceFile(),
                w.raw.sourceOffset(),
                w.raw.format() == null ? null : w.raw.format().name().toLowerCase(java.util.Locale.ROOT),
                w.raw.recordId(),
                VERSION,
                w.entities,
                SimHash.of(w.text),
                w.meta.section(),
                w.meta.tags(),
                w.meta.topImage(),
                w.credit);
    }

    /** No code point below this is Han, Hiragana or Katakana (the CJK Radicals Supplement starts here). */
    static final int FIRST_CJK = 0x2E80;

    /** Words as runs of letters or digits; CJK text counts characters, as word processors do for it. */
    static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < FIRST_CJK) { // no script lookup for the alphabets (WordCountTest checks the bound)
                boolean letterOrDigit = cp < 128
                        ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                        : Character.isLetterOrDigit(cp);
                if (letterOrDigit && !inWord) {
                    words++;
                }
                inWord = letterOrDigit;
                continue;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words;
    }
}

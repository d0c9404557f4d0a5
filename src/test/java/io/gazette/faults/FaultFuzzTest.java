package io.gazette.faults;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.io.PageReader;
import io.gazette.io.PageReaders;
import io.gazette.model.InputFormat;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import io.gazette.model.Reject;
import io.gazette.model.RejectReason;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Coverage-guided fuzzing (Jazzer) of the two places untrusted bytes enter: the readers (format
 * detection, gzip, WARC, HTTP, chunking, content codings, JSON Lines) and the extractor (charset
 * decoding, jsoup, metadata, main text, dates).
 *
 * <p>What counts as a finding: an exception escaping a reader or the pipeline, a record without
 * exactly one outcome, or an EXTRACTION_ERROR reject (the pipeline catches every exception of a
 * step and turns it into one: each is a bug).
 *
 * <p>Modes. {@code mvn test} replays the inputs in
 * {@code src/test/resources/io/gazette/faults/FaultFuzzTestInputs/<method>/} (seeds, and every
 * finding Jazzer saved there). With {@code JAZZER_FUZZ=1} one method fuzzes for its
 * {@code maxDuration}; `mvn verify` does that for each method in turn (failsafe executions
 * fuzz-readers and fuzz-extractor in pom.xml). A finding is written to that
 * folder as {@code crash-<sha1>}: make it a fault corpus file with its expected outcome (cases.tsv),
 * fix it or mark it a known failure, and delete the crash file.
 *
 * <p>Entities are off and the caps small: the tagger is CoreNLP's, not ours, and each run must be
 * fast for the fuzzer to get anywhere in its time box.
 */
class FaultFuzzTest {
    static final GazetteOptions OPTIONS = GazetteOptions.load(null, Map.of(
            "entities", "off",
            "input.max-record-bytes", "262144",
            "extract.max-html-chars", "262144"));
    static final Pipeline PIPELINE = new Pipeline(OPTIONS);

    /** Any bytes as an input file: detected, read record by record, each record extracted. */
    @FuzzTest(maxDuration = "50s")
    void readers(byte[] file) throws IOException {
        long outcomes = 0;
        try (PageReader reader = PageReaders.open(new ByteArrayInputStream(file), "fuzz-input", OPTIONS.input())) {
            while (reader.hasNext()) {
                RawPage raw = reader.next();
                check(PIPELINE.process(raw));
                outcomes++;
            }
            if (outcomes != reader.recordsRead()) {
                throw new AssertionError(outcomes + " outcomes for " + reader.recordsRead() + " records");
            }
        }
    }

    /** Any bytes as the payload of an HTML response: the whole extraction cascade. */
    @FuzzTest(maxDuration = "50s")
    void extractor(byte[] body) {
        RawPage page = RawPage.builder("fuzz-input", 0, InputFormat.WARC).url("https://porttimes.example.com/news/1")
                .httpStatus(200).contentType("text/html").body(body).build();
        check(PIPELINE.process(page));
    }

    private static void check(Outcome o) {
        if (o instanceof Reject r && r.reason() == RejectReason.EXTRACTION_ERROR) {
            throw new AssertionError("extractor failed: " + r.detail());
        }
    }
}

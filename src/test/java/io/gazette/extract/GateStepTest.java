package io.gazette.extract;

import io.gazette.config.GazetteOptions;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.Reject;
import io.gazette.model.RejectReason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class GateStepTest {
    private static PageWork gate(RawPage raw) {
        PageWork w = new PageWork(raw, GazetteOptions.defaults());
        new GateStep().apply(w);
        return w;
    }

    private static RawPage.Builder page() {
        return RawPage.builder("f.warc.gz", 100, InputFormat.WARC).url("https://example.com/a");
    }

    @Test
    void readerSkipReasonsPassThrough() {
        PageWork w = gate(RawPage.skipped("f", 7, InputFormat.WARC, "id", null, null, RejectReason.WARC_REVISIT,
                "revisit of x"));
        assertEquals(RejectReason.WARC_REVISIT, w.rejectReason());
        assertEquals("revisit of x", w.rejectDetail());
    }

    @Test
    void statusTypeEmptyAndBinary() {
        assertEquals(RejectReason.HTTP_STATUS, gate(page().httpStatus(404).contentType("text/html")
                .body("<html>".getBytes(StandardCharsets.UTF_8)).build()).rejectReason());
        assertEquals(RejectReason.NOT_HTML, gate(page().httpStatus(200).contentType("image/jpeg")
                .body(new byte[]{1}).build()).rejectReason());
        assertEquals(RejectReason.EMPTY_BODY, gate(page().httpStatus(200).contentType("text/html")
                .body(new byte[0]).build()).rejectReason());
        assertEquals(RejectReason.BINARY_CONTENT, gate(page().httpStatus(200).contentType("text/html")
                .body("%PDF-1.4\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1)).build()).rejectReason());
        assertFalse(gate(page().httpStatus(200).contentType("text/html; charset=utf-8")
                .body("<html><p>hi</p></html>".getBytes(StandardCharsets.UTF_8)).build()).isRejected());
    }

    @Test
    void aRecordWithNeitherBodyNorTextIsAnEmptyBodyNotACrash() {
        Pipeline p = new Pipeline(GazetteOptions.defaults());
        RawPage broken = new RawPage("f", 0, null, "https://example.com", null, InputFormat.HTML, 0, "text/html",
                null, null, false, null, null);
        Reject r = assertInstanceOf(Reject.class, p.process(broken));
        assertEquals(RejectReason.EMPTY_BODY, r.reason());
    }
}

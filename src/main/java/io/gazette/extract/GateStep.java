package io.gazette.extract;

import io.gazette.io.ContentSniffer;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;

import java.util.Locale;

/**
 * Lets through only records that can be article pages: no reader skip reason, a 2xx status, an
 * HTML or text payload, some bytes, and bytes that are not binary whatever their label says.
 */
public final class GateStep implements Step {

    @Override
    public String name() {
        return "gate";
    }

    @Override
    public void apply(PageWork w) {
        RawPage raw = w.raw;
        if (raw.isSkipped()) {
            w.reject(raw.skip(), raw.skipDetail());
            return;
        }
        if (raw.httpStatus() != 0 && (raw.httpStatus() < 200 || raw.httpStatus() > 299)) {
            w.reject(RejectReason.HTTP_STATUS, "HTTP " + raw.httpStatus());
            return;
        }
        if (!isPageType(raw.contentType())) {
            w.reject(RejectReason.NOT_HTML, "content type " + raw.contentType());
            return;
        }
        boolean empty = raw.text() == null ? raw.body() == null || raw.body().length == 0 : raw.text().isBlank();
        if (empty) {
            w.reject(RejectReason.EMPTY_BODY, null);
            return;
        }
        if (raw.text() == null) {
            String binary = ContentSniffer.binaryKind(raw.body(), 0, raw.body().length);
            if (binary != null) {
                w.reject(RejectReason.BINARY_CONTENT, binary + " bytes labelled " + raw.contentType());
            }
        }
    }

    /** HTML, XHTML and plain text; an absent type is given the benefit of the doubt (the bytes decide). */
    static boolean isPageType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return t.isEmpty() || t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("text/plain")
                || t.equals("application/xml") || t.equals("text/xml") || t.equals("unknown/unknown")
                || t.equals("application/octet-stream") || t.equals("text/x-html") || t.equals("html");
    }
}

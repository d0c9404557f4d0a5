package io.gazette.io;

import java.util.Locale;
import java.util.Set;

/**
 * Which declared media types can hold a page. The readers use this to skip images, scripts and
 * feeds without reading their bodies into memory; what a type says is checked against the bytes
 * later ({@link ContentSniffer}).
 */
public final class MediaTypes {
    private MediaTypes() {
    }

    public enum Kind {
        /** HTML or XHTML. */
        HTML,
        /** Plain text: a page without markup (the pipeline decides whether it holds an article). */
        TEXT,
        /** No usable type (missing, unparseable, octet-stream): the bytes decide. */
        UNKNOWN,
        /** Anything else: images, PDF, JSON, CSS, JavaScript, feeds, DNS answers. */
        OTHER
    }

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml",
            "application/vnd.wap.xhtml+xml", "text/xhtml", "application/html", "text/x-server-parsed-html");
    private static final Set<String> TEXT = Set.of("text/plain");
    private static final Set<String> UNKNOWN = Set.of("", "application/octet-stream", "binary/octet-stream",
            "application/unknown", "unknown/unknown", "application/x-unknown-content-type", "text/unknown",
            "*/*", "application/x-download", "application/force-download");

    /** The type without parameters, lower case ("text/html" for "Text/HTML; charset=utf-8"), or "". */
    public static String base(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        String base = (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(Locale.ROOT);
        // Strip quotes some servers put around the whole value.
        return base.replace("\"", "").replace("'", "");
    }

    public static Kind classify(String contentType) {
        String base = base(contentType);
        if (HTML.contains(base)) {
            return Kind.HTML;
        }
        if (TEXT.contains(base)) {
            return Kind.TEXT;
        }
        if (UNKNOWN.contains(base) || base.indexOf('/') <= 0) {
            return Kind.UNKNOWN;
        }
        return Kind.OTHER;
    }
}

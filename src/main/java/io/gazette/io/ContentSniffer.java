package io.gazette.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap looks at the first bytes of a payload: is it binary, is it markup, is it gzip. Used by
 * format detection, by the readers (a PDF saved as .html must not reach the HTML parser) and by
 * the pipeline for payloads whose declared type cannot be trusted.
 */
public final class ContentSniffer {
    private ContentSniffer() {
    }

    /** Bytes looked at by {@link #binaryKind}; enough to see magic numbers and a NUL-riddled head. */
    static final int BINARY_SAMPLE = 8192;

    /** A magic number at offset 0 and what it means. Data, so that adding a format is one line. */
    private record Magic(String name, byte[] bytes) {
        static Magic of(String name, int... b) {
            byte[] bytes = new byte[b.length];
            for (int i = 0; i < b.length; i++) {
                bytes[i] = (byte) b[i];
            }
            return new Magic(name, bytes);
        }

        static Magic ascii(String name, String s) {
            return new Magic(name, s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static final List<Magic> MAGICS = List.of(
            Magic.ascii("PDF", "%PDF-"),
            Magic.of("PNG", 0x89, 'P', 'N', 'G'),
            Magic.of("JPEG", 0xFF, 0xD8, 0xFF),
            Magic.ascii("GIF", "GIF8"),
            Magic.of("ZIP", 'P', 'K', 0x03, 0x04),
            Magic.of("gzip", 0x1F, 0x8B),
            Magic.of("zstd", 0x28, 0xB5, 0x2F, 0xFD),
            Magic.ascii("RIFF (WebP/AVI/WAV)", "RIFF"),
            Magic.ascii("WOFF font", "wOFF"),
            Magic.ascii("WOFF2 font", "wOF2"),
            Magic.ascii("Ogg", "OggS"),
            Magic.ascii("MP3 (ID3)", "ID3"),
            Magic.of("7z", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            Magic.ascii("RAR", "Rar!"),
            Magic.of("ICO", 0x00, 0x00, 0x01, 0x00),
            Magic.of("Java class / Mach-O", 0xCA, 0xFE, 0xBA, 0xBE),
            Magic.of("ELF", 0x7F, 'E', 'L', 'F'),
            Magic.of("SQLite", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'));

    /** True when the bytes are a known binary format or clearly not text. */
    public static boolean looksBinary(byte[] bytes) {
        return bytes != null && binaryKind(bytes, 0, bytes.length) != null;
    }

    /**
     * What kind of binary the bytes are ("PDF", "NUL bytes", ...), or null when they look like
     * text. UTF-16 text (which is full of NULs) is recognised by its BOM and counts as text.
     */
    public static String binaryKind(byte[] b, int off, int len) {
        for (Magic m : MAGICS) {
            if (startsWith(b, off, len, m.bytes())) {
                return m.name();
            }
        }
        if (startsWith(b, off, len, new byte[]{(byte) 0xFF, (byte) 0xFE})
                || startsWith(b, off, len, new byte[]{(byte) 0xFE, (byte) 0xFF})) {
            return null;
        }
        // MP4/MOV/HEIC: "ftyp" at offset 4.
        if (len >= 8 && b[off + 4] == 'f' && b[off + 5] == 't' && b[off + 6] == 'y' && b[off + 7] == 'p') {
            return "MP4/ISO media";
        }
        int n = Math.min(len, BINARY_SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xFF;
            // A NUL early on is the classic binary signal; text never has one near its start.
            if (c == 0 && i < 1024) {
                return "NUL bytes";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        // A few stray control characters occur in real pages; one in twenty bytes does not.
        if (controls > 4 && controls * 20 > n) {
            return "control characters (" + controls + " of the first " + n + " bytes)";
        }
        return null;
    }

    /** True when the bytes start with the gzip magic number (1f 8b). */
    public static boolean isGzip(byte[] b, int len) {
        return len >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    static boolean startsWith(byte[] b, int off, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the first byte after a UTF-8 BOM and ASCII whitespace. */
    static int skipBomAndSpace(byte[] b, int len) {
        int i = 0;
        if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < len && isSpace(b[i])) {
            i++;
        }
        return i;
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    }

    // Markup detection. A document that opens with one of these is HTML whatever it is called.
    private static final Pattern STRONG_START = Pattern.compile(
            "^(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<\\?xml|<!--|<meta[\\s>]|<title[\\s>])",
            Pattern.CASE_INSENSITIVE);
    // Anywhere in the first KB: only full documents carry these.
    private static final Pattern DOCUMENT_TAG = Pattern.compile(
            "<(?:!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])", Pattern.CASE_INSENSITIVE);
    // Common tags of page fragments; a plain text that quotes one tag is not markup, one with several is.
    private static final Pattern COMMON_TAG = Pattern.compile(
            "</?(?:p|div|span|a|br|hr|b|i|em|strong|h[1-6]|ul|ol|li|table|tr|td|img|script|style|meta|link"
                    + "|title|article|section|header|footer|nav|main|figure|iframe|form|input)(?:\\s[^<>]{0,500})?/?>",
            Pattern.CASE_INSENSITIVE);

    /** Tags needed to call a document without a document-level tag markup. */
    static final int FRAGMENT_TAGS = 3;
    static final int DOCUMENT_SCORE = 100;

    /**
     * Evidence that the first bytes are markup: {@link #DOCUMENT_SCORE} for a document-level
     * sign (doctype, html, head or body tag, or a document opening with a comment or meta tag),
     * otherwise the number of common tags found, counted up to {@value #FRAGMENT_TAGS}.
     */
    static int markupScore(byte[] b, int len) {
        int start = skipBomAndSpace(b, len);
        // Markup is ASCII; ISO-8859-1 maps bytes 1:1, so any charset's tags are visible.
        String head = new String(b, start, Math.max(0, len - start), StandardCharsets.ISO_8859_1);
        if (STRONG_START.matcher(head).lookingAt() || DOCUMENT_TAG.matcher(head).find()) {
            return DOCUMENT_SCORE;
        }
        Matcher m = COMMON_TAG.matcher(head);
        int tags = 0;
        while (tags < FRAGMENT_TAGS && m.find()) {
            tags++;
        }
        return tags;
    }

    /** True when a decoded prefix starts like text or markup rather than compressed bytes. */
    static boolean startsLikeText(byte[] b, int len) {
        int i = skipBomAndSpace(b, len);
        if (i >= len) {
            return len > 0;
        }
        int c = b[i] & 0xFF;
        return c == '<' || c == '{' || c == '[' || (c >= 0x20 && c < 0x7F && binaryKind(b, 0, len) == null
                && asciiShare(b, len) > 0.9);
    }

    private static double asciiShare(byte[] b, int len) {
        int n = Math.min(len, 512);
        int ascii = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t') {
                ascii++;
            }
        }
        return n == 0 ? 0 : (double) ascii / n;
    }
}

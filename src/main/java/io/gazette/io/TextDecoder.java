package io.gazette.io;

import org.mozilla.universalchardet.UniversalDetector;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns payload bytes into text, choosing the charset the way a careful browser would and saying
 * where the choice came from.
 *
 * <p>Order: a byte order mark (it is part of the bytes, so browsers let it win over any label),
 * then the HTTP header charset, then {@code <meta charset>} / {@code http-equiv} / XML
 * declaration in the first {@value #PRESCAN_BYTES} bytes, then detection (valid UTF-8, else
 * juniversalchardet), then a default.
 *
 * <p>Never mojibake silently: a declared charset is used only when the bytes agree with it. Latin-1
 * bytes labelled UTF-8 are full of invalid sequences, and UTF-8 bytes labelled windows-1252 (the
 * usual server default) are valid UTF-8 with multi-byte characters; in both cases the label is
 * passed over, the next source is tried, and {@link Decoded#source()} says so, e.g.
 * {@code detected(declared utf-8 invalid)}. Unknown or malformed labels ({@code charset="utf-8;"},
 * {@code charset=none}) never throw. UTF-8 text that was mis-decoded once before it reached us
 * ("â€™" for "’") is repaired when it shows the marks of it ({@link Mojibake}), noted as
 * {@code mojibake repaired} in the source.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static final String HTTP_HEADER = "http-header";
    public static final String BOM = "bom";
    public static final String META = "meta";
    public static final String DETECTED = "detected";
    public static final String DEFAULT = "default";

    /** Bytes scanned for a meta charset; the HTML spec says 1024, real pages put it later. */
    static final int PRESCAN_BYTES = 4096;
    /** Bytes fed to the statistical detector: plenty for a verdict, bounded in cost. */
    static final int DETECT_BYTES = 64 * 1024;

    /**
     * @param text      the decoded text, without a BOM; null when {@code keptSpans} is set
     * @param charset   the Java name of the charset used
     * @param source    one of http-header, bom, meta, detected, default; with a parenthesised note
     *                  when a declared charset was passed over, e.g. {@code detected(declared utf-8 invalid)}
     * @param keptSpans for a page read as UTF-8 with a {@code keep} function (see
     *                  {@link #decode(byte[], String, Function)}): the [start, end) spans of the bytes that
     *                  are its text, left to the caller to decode ({@link Utf8SpansReader}); else null
     */
    public record Decoded(String text, String charset, String source, int[] keptSpans) {
        public Decoded(String text, String charset, String source) {
            this(text, charset, source, null);
        }
    }

    /**
     * Charset labels as browsers read them (WHATWG Encoding Standard, the common part): each row
     * is the Java charset followed by the labels that mean it. Labels not listed here are looked
     * up with {@link Charset#forName}.
     */
    private static final String[][] LABEL_TABLE = {
            {"UTF-8", "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode20utf8"},
            // Browsers decode latin-1 and ASCII labels as windows-1252: pages written on Windows
            // use its curly quotes and dashes (0x80-0x9F) while declaring iso-8859-1.
            {"windows-1252", "windows-1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1",
                    "cp1252", "x-cp1252", "cp819", "ibm819", "us-ascii", "ascii", "ansi_x3.4-1968", "iso-ir-100",
                    "csisolatin1", "iso_8859-1:1987"},
            {"windows-1254", "iso-8859-9", "iso8859-9", "latin5", "l5", "windows-1254", "cp1254"},
            {"x-windows-874", "tis-620", "iso-8859-11", "windows-874", "dos-874"},
            {"GBK", "gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "chinese", "csgb2312", "cp936", "ms936"},
            {"GB18030", "gb18030"},
            {"Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"},
            {"windows-31j", "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j",
                    "ms932", "cp932"},
            {"EUC-JP", "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"},
            {"x-windows-949", "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "korean",
                    "windows-949", "cseuckr", "iso-ir-149"},
            {"KOI8-R", "koi8-r", "koi8", "koi", "cskoi8r"},
            {"KOI8-U", "koi8-u", "koi8-ru"},
            {"UTF-16LE", "utf-16le"},
            {"UTF-16BE", "utf-16be"},
            {"UTF-16", "utf-16", "unicode", "ucs-2"},
    };

    /** Values servers and CMSs put in the charset slot that name no charset at all. */
    private static final List<String> NOT_A_CHARSET = List.of("none", "unknown", "default", "auto", "binary",
            "null", "charset", "text/html", "x-user-defined", "utf-7", "");

    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        for (String[] row : LABEL_TABLE) {
            for (int i = 1; i < row.length; i++) {
                LABELS.put(row[i], row[0]);
            }
        }
    }

    private static final Pattern CHARSET_PARAM =
            Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([^\\s\"';,]*)");
    // Untrusted text: no two unbounded quantifiers may compete for the same characters. Written
    // as "\\s*[\"']?\\s*", a run of k spaces could be split k ways, for every "<meta" before it
    // (18 s on one 4 KB head, faults/regex-meta-charset-spaces.html).
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?is)<meta\\s[^>]{0,1024}?charset\\s*+=\\s*+(?:[\"']\\s*+)?([^\\s\"'/>;,]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?is)^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(?:-->|$)");

    /** Decodes a payload whose declared media type (with parameters) is {@code contentType}, or null. */
    public static Decoded decode(byte[] body, String contentType) {
        return decode(body, contentType, null);
    }

    /**
     * As {@link #decode(byte[], String)}, but when the bytes are read as UTF-8 (or are plain ASCII),
     * the most common case, nothing is decoded: the result names the [start, end) byte spans that
     * {@code keep} gives for the bytes ({@link Decoded#keptSpans()}), for the caller to decode as it
     * reads them; when {@code keep} gives null, the text is decoded as by the method above. The spans
     * must start and end at ASCII bytes, so that no character is cut. The charset is chosen from all of the bytes either way.
     * For HTML, scripts and styles are over half of a page, and a parser reading the bytes through
     * {@link Utf8SpansReader} needs no string of the whole page.
     */
    public static Decoded decode(byte[] body, String contentType, Function<byte[], int[]> keep) {
        if (body == null || body.length == 0) {
            return new Decoded("", "UTF-8", DEFAULT);
        }
        Bom bom = Bom.of(body);
        if (bom != null) {
            return new Decoded(new String(body, bom.length, body.length - bom.length, bom.charset),
                    bom.charset.name(), BOM);
        }
        List<String> notes = new ArrayList<>(2);
        Utf8Stats utf8 = Utf8Stats.of(body);

        Decoded declared = tryDeclared(body, charsetParam(contentType), false, HTTP_HEADER, utf8, notes, keep);
        if (declared != null) {
            return declared;
        }
        declared = tryDeclared(body, prescanMeta(body), true, META, utf8, notes, keep);
        if (declared != null) {
            return declared;
        }

        if (utf8.highBytes == 0) {
            // Pure ASCII reads the same in every ASCII-compatible charset.
            return utf8(body, keep, DEFAULT, notes, utf8);
        }
        if (utf8.plausible()) {
            return utf8(body, keep, DETECTED, notes, utf8);
        }
        Charset detected = charsetForLabel(detect(body), false);
        if (detected != null && !detected.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(body, detected), detected.name(), annotate(DETECTED, notes));
        }
        Charset fallback = Charset.forName("windows-1252");
        return new Decoded(new String(body, fallback), fallback.name(), annotate(DEFAULT, notes));
    }

    /** The decoding with a declared label when the bytes agree with it, else null (and a note why). */
    private static Decoded tryDeclared(byte[] body, String label, boolean fromMeta, String source,
                                       Utf8Stats utf8, List<String> notes, Function<byte[], int[]> keep) {
        if (label == null || isNoCharset(label)) {
            return null; // "charset=none" and friends declare nothing, so there is nothing to note
        }
        Charset cs = charsetForLabel(label, fromMeta);
        if (cs == null) {
            notes.add("declared '" + label + "' unknown");
            return null;
        }
        String shown = label.toLowerCase(Locale.ROOT);
        if (cs.equals(StandardCharsets.UTF_8)) {
            if (utf8.invalid == 0 || utf8.plausible()) {
                return utf8(body, keep, source, notes, utf8);
            }
            notes.add("declared " + shown + " invalid");
            return null;
        }
        if (isAsciiCompatible(cs) && utf8.invalid == 0 && utf8.multibyte > 0) {
            // Multi-byte UTF-8 sequences with not one invalid one do not happen by chance in
            // legacy encodings: the label is the server's default, not the page's charset.
            notes.add("declared " + shown + " but bytes are UTF-8");
            return null;
        }
        String text = new String(body, cs);
        if (replacementsAcceptable(text)) {
            return new Decoded(text, cs.name(), annotate(source, notes));
        }
        notes.add("declared " + shown + " invalid");
        return null;
    }

    /** The bytes read as UTF-8: the spans {@code keep} gives, left undecoded; decoded when it gives none. */
    private static Decoded utf8(byte[] body, Function<byte[], int[]> keep, String source, List<String> notes,
                                Utf8Stats stats) {
        if (stats.mojibake()) {
            // text once read as Latin-1 and written again as UTF-8: repaired, as a string
            notes.add("mojibake repaired");
            return new Decoded(Mojibake.repair(new String(body, StandardCharsets.UTF_8)), "UTF-8",
                    annotate(source, notes));
        }
        int[] spans = keep == null ? null : keep.apply(body);
        return spans == null ? new Decoded(new String(body, StandardCharsets.UTF_8), "UTF-8", annotate(source, notes))
                : new Decoded(null, "UTF-8", annotate(source, notes), spans);
    }

    private static boolean isAsciiCompatible(Charset cs) {
        String n = cs.name();
        return !n.startsWith("UTF-16") && !n.startsWith("UTF-32");
    }

    /** A few U+FFFD (a cut last character, a stray byte) are tolerated, one per 20 good non-ASCII characters. */
    private static boolean replacementsAcceptable(String text) {
        int bad = 0;
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                bad++;
            } else if (c > 0x7F) {
                nonAscii++;
            }
        }
        return bad <= Math.max(2, nonAscii / 20);
    }

    private static String annotate(String source, List<String> notes) {
        return notes.isEmpty() ? source : source + "(" + String.join("; ", notes) + ")";
    }

    /** The charset label of a Content-Type value ("text/html; charset=utf-8"), cleaned, or null. */
    public static String charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? m.group(1).trim() : null;
    }

    /**
     * The Java charset for a label as found in a header or a page, or null when the label names
     * none we know. Never throws.
     *
     * @param fromMeta true for labels read from the document itself: a document that we could read
     *                 as ASCII cannot be UTF-16, so browsers take such labels as UTF-8
     */
    public static Charset charsetForLabel(String label, boolean fromMeta) {
        if (label == null) {
            return null;
        }
        String key = cleanLabel(label);
        if (NOT_A_CHARSET.contains(key)) {
            return null;
        }
        String name = LABELS.getOrDefault(key, key);
        if (fromMeta && name.startsWith("UTF-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) { // IllegalCharsetNameException and friends
            return null;
        }
    }

    /** Lower case, without what malformed attributes leave around a name: quotes, semicolons, commas. */
    private static String cleanLabel(String label) {
        return label.trim().toLowerCase(Locale.ROOT).replaceAll("^[\"'\\s]+|[\"'\\s;,]+$", "");
    }

    private static boolean isNoCharset(String label) {
        return NOT_A_CHARSET.contains(cleanLabel(label));
    }

    /** The charset label declared in the first bytes of a document (meta tag or XML declaration), or null. */
    public static String prescanMeta(byte[] body) {
        int n = Math.min(body.length, PRESCAN_BYTES);
        // ISO-8859-1 maps every byte to one char, so ASCII markup is readable whatever the charset.
        String head = new String(body, 0, n, StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher m = META_CHARSET.matcher(COMMENT.matcher(head).replaceAll(""));
        return m.find() ? m.group(1) : null;
    }

    /** juniversalchardet's verdict on the first {@value #DETECT_BYTES} bytes, or null. */
    static String detect(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, Math.min(body.length, DETECT_BYTES));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** A byte order mark and the charset it announces. */
    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }

    /**
     * How the bytes fare as UTF-8: valid multi-byte sequences, invalid ones, and bytes above 0x7F.
     * A sequence cut by the end of the bytes is not invalid: payloads are cut at a size cap.
     */
    record Utf8Stats(int multibyte, int invalid, int highBytes, boolean mojibake) {

        /** Enough valid multi-byte characters that a few invalid ones are damage, not another charset. */
        boolean plausible() {
            return multibyte > 0 && invalid <= Math.max(2, multibyte / 20);
        }

        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

        static Utf8Stats of(byte[] b) {
            int multibyte = 0;
            int invalid = 0;
            int high = 0;
            boolean mojibake = false;
            int i = 0;
            int n = b.length;
            while (i < n) {
                // ASCII eight bytes at a time: most of a page is markup
                while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                    i += 8;
                }
                if (i >= n) {
                    break;
                }
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                high++;
                int need;
                int min;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                    min = 0x80;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    min = 0x800;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    min = 0x10000;
                } else {
                    invalid++;
                    i++;
                    continue;
                }
                if (i + need > n - 1) {
                    // Not enough bytes left: a character cut by the cap. Check what is there.
                    boolean ok = true;
                    for (int k = i + 1; k < n; k++) {
                        if ((b[k] & 0xC0) != 0x80) {
                            ok = false;
                            break;
                        }
                    }
                    if (!ok) {
                        invalid++;
                    }
                    high += n - i - 1;
                    break;
                }
                int cp = c & (0x3F >> need);
                boolean ok = true;
                for (int k = 1; k <= need; k++) {
                    int cc = b[i + k] & 0xFF;
                    if ((cc & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (cc & 0x3F);
                }
                if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                    if (c == 0xC3 && !mojibake) {
                        mojibake = Mojibake.at(b, i); // text mis-decoded once before (see Mojibake)
                    }
                    multibyte++;
                    high += need;
                    i += need + 1;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Stats(multibyte, invalid, high, mojibake);
        }
    }
}

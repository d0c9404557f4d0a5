package io.gazette.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.gazette.io.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class TextDecoderTest {

    private static final String FRENCH = "<html><head><title>Élection</title></head><body><p>Le président a déclaré "
            + "que la réforme sera examinée à l'Assemblée après l'été. « Nous irons jusqu'au bout », a-t-il ajouté.</p></body></html>";

    @Test
    void httpHeaderCharsetIsUsedWhenTheBytesAgree() {
        TextDecoder.Decoded d = TextDecoder.decode(bytes(FRENCH), "text/html; charset=UTF-8");
        assertEquals(FRENCH, d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(TextDecoder.HTTP_HEADER, d.source());
    }

    @Test
    void latin1LabelledUtf8FallsBackToDetectionAndSaysSo() {
        byte[] latin1 = FRENCH.getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded d = TextDecoder.decode(latin1, "text/html; charset=utf-8");
        assertEquals(FRENCH, d.text(), "no replacement characters");
        assertFalse(d.text().contains("\uFFFD"));
        assertTrue(d.source().startsWith("detected(declared utf-8 invalid"), d.source());
    }

    @Test
    void utf8LabelledLatin1IsReadAsUtf8() {
        // The usual server default in front of a UTF-8 page: reading it as windows-1252 gives "prÃ©sident".
        TextDecoder.Decoded d = TextDecoder.decode(bytes(FRENCH), "text/html; charset=ISO-8859-1");
        assertEquals(FRENCH, d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.source().contains("declared iso-8859-1 but bytes are UTF-8"), d.source());
    }

    /** Only UTF-8 (and ASCII) pages are left as spans; the charset is chosen from all of the bytes. */
    @Test
    void keptSpansAreLeftUndecodedOnlyForUtf8() {
        // keep the first 30 bytes and the last 20: both cuts fall on ASCII in FRENCH's UTF-8 and Latin-1 bytes
        java.util.function.Function<byte[], int[]> keep = b -> new int[]{0, 30, b.length - 20, b.length};
        byte[] utf8 = bytes(FRENCH);
        TextDecoder.Decoded d = TextDecoder.decode(utf8, "text/html; charset=UTF-8", keep);
        assertArrayEquals(new int[]{0, 30, utf8.length - 20, utf8.length}, d.keptSpans());
        assertNull(d.text());
        assertEquals(new String(utf8, 0, 30, StandardCharsets.UTF_8)
                + new String(utf8, utf8.length - 20, 20, StandardCharsets.UTF_8), Utf8SpansReader.join(utf8, d.keptSpans()));
        assertEquals("UTF-8", d.charset());
        assertEquals(TextDecoder.HTTP_HEADER, d.source());
        // detected UTF-8 (no label) and pure ASCII too
        assertNotNull(TextDecoder.decode(utf8, null, keep).keptSpans());
        assertNotNull(TextDecoder.decode(latin1("<p>ascii</p>"), null, b -> new int[]{0, b.length}).keptSpans());
        // a legacy charset: the whole page decoded, whatever keep says
        byte[] latin1 = FRENCH.getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded legacy = TextDecoder.decode(latin1, "text/html; charset=iso-8859-1", keep);
        assertNull(legacy.keptSpans());
        assertEquals(FRENCH, legacy.text());
        // keep may decline: the whole page decoded
        TextDecoder.Decoded all = TextDecoder.decode(utf8, null, b -> null);
        assertNull(all.keptSpans());
        assertEquals(FRENCH, all.text());
    }

    @Test
    void latin1LabelIsReadAsWindows1252() {
        // Curly quotes from Windows (0x93 0x94) in a page that says iso-8859-1.
        byte[] b = concat(latin1("<p>"), new byte[]{(byte) 0x93}, latin1("Quote"), new byte[]{(byte) 0x94}, latin1("</p>"));
        TextDecoder.Decoded d = TextDecoder.decode(b, "text/html; charset=iso-8859-1");
        assertEquals("<p>\u201CQuote\u201D</p>", d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void shiftJisWithMetaCharset() {
        String jp = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                + "<title>東京の天気</title></head><body><p>今日は晴れ、明日は雨の予報です。</p></body></html>";
        byte[] sjis = jp.getBytes(Charset.forName("Shift_JIS"));
        TextDecoder.Decoded d = TextDecoder.decode(sjis, "text/html");
        assertEquals(jp, d.text());
        assertEquals(TextDecoder.META, d.source());
        assertEquals("windows-31j", d.charset());
    }

    @Test
    void metaCharsetShortForm() {
        String ru = "<!doctype html><meta charset=\"windows-1251\"><title>Новости</title><p>Сегодня в Москве</p>";
        TextDecoder.Decoded d = TextDecoder.decode(ru.getBytes(Charset.forName("windows-1251")), null);
        assertEquals(ru, d.text());
        assertEquals(TextDecoder.META, d.source());
    }

    @Test
    void bomWins() {
        byte[] utf8Bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(FRENCH));
        TextDecoder.Decoded d = TextDecoder.decode(utf8Bom, "text/html; charset=windows-1252");
        assertEquals(FRENCH, d.text(), "BOM removed, not decoded as ï»¿");
        assertEquals(TextDecoder.BOM, d.source());

        byte[] utf16 = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.Decoded d16 = TextDecoder.decode(utf16, null);
        assertEquals(FRENCH, d16.text());
        assertEquals("UTF-16LE", d16.charset());
    }

    @Test
    void malformedOrMeaninglessLabelsDoNotThrow() {
        byte[] b = bytes(FRENCH);
        TextDecoder.Decoded quotedSemicolon = TextDecoder.decode(b, "text/html; charset=\"utf-8;\"");
        assertEquals(FRENCH, quotedSemicolon.text());
        assertEquals(TextDecoder.HTTP_HEADER, quotedSemicolon.source());

        TextDecoder.Decoded none = TextDecoder.decode(b, "text/html; charset=none");
        assertEquals(FRENCH, none.text());
        assertEquals(TextDecoder.DETECTED, none.source(), "'none' is not a charset: no note, straight to detection");

        TextDecoder.Decoded bogus = TextDecoder.decode(b, "text/html; charset=x-no-such-charset-42");
        assertEquals(FRENCH, bogus.text());
        assertTrue(bogus.source().contains("declared 'x-no-such-charset-42' unknown"), bogus.source());

        assertDoesNotThrow(() -> TextDecoder.decode(b, "text/html; charset=\u00e9\u00e9/??"));
        assertDoesNotThrow(() -> TextDecoder.decode(b, ";;;charset="));
        assertNull(TextDecoder.charsetForLabel("utf 8!", false), "an illegal charset name is null, not an exception");
        assertEquals(java.nio.charset.StandardCharsets.UTF_8, TextDecoder.charsetForLabel("utf-8\u0000", false));
    }

    @Test
    void noDeclarationAtAll() {
        TextDecoder.Decoded ascii = TextDecoder.decode(bytes("<p>plain ascii</p>"), null);
        assertEquals(TextDecoder.DEFAULT, ascii.source());
        assertEquals("UTF-8", ascii.charset());

        TextDecoder.Decoded utf8 = TextDecoder.decode(bytes(FRENCH), null);
        assertEquals(FRENCH, utf8.text());
        assertEquals(TextDecoder.DETECTED, utf8.source());

        TextDecoder.Decoded latin = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), "text/html");
        assertEquals(FRENCH, latin.text());
        assertEquals(TextDecoder.DETECTED, latin.source());
    }

    @Test
    void aCharacterCutByTheCapIsNotEvidenceAgainstUtf8() {
        byte[] b = bytes("<p>Café " + "é".repeat(3) + "</p>" + "€");
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 1); // the euro sign loses its last byte
        TextDecoder.Decoded d = TextDecoder.decode(cut, "text/html; charset=utf-8");
        assertEquals(TextDecoder.HTTP_HEADER, d.source());
        assertTrue(d.text().startsWith("<p>Café ééé</p>"));
    }

    @Test
    void xmlDeclarationCounts() {
        String x = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html><body><p>Prix : 5 €</p></body></html>";
        TextDecoder.Decoded d = TextDecoder.decode(x.getBytes(Charset.forName("ISO-8859-15")), "application/xhtml+xml");
        assertEquals(x, d.text());
        assertEquals(TextDecoder.META, d.source());
    }

    /** The eight-bytes-at-a-time ASCII skip must not step over a multi-byte or invalid byte anywhere. */
    @Test
    void utf8StatsCountEveryHighByteWhereverItFalls() {
        byte[] e = "\u00e9".getBytes(StandardCharsets.UTF_8);
        for (int len = 0; len < 40; len++) {
            for (int at = 0; at + 2 <= len; at++) {
                byte[] b = "a".repeat(len).getBytes(StandardCharsets.US_ASCII);
                b[at] = e[0];
                b[at + 1] = e[1];
                TextDecoder.Utf8Stats good = TextDecoder.Utf8Stats.of(b);
                assertEquals(new TextDecoder.Utf8Stats(1, 0, 2, false), good, "é at " + at + " of " + len);
                b[at + 1] = 'a';
                TextDecoder.Utf8Stats bad = TextDecoder.Utf8Stats.of(b);
                assertEquals(1, bad.invalid(), "lone lead byte at " + at + " of " + len);
            }
        }
        assertEquals(new TextDecoder.Utf8Stats(0, 0, 0, false), TextDecoder.Utf8Stats.of(new byte[0]));
    }

    @Test
    void labels() {
        assertEquals(StandardCharsets.UTF_8, TextDecoder.charsetForLabel(" UTF8 ", false));
        assertEquals(Charset.forName("windows-1252"), TextDecoder.charsetForLabel("latin1", false));
        assertEquals(Charset.forName("GBK"), TextDecoder.charsetForLabel("gb2312", false));
        assertEquals(StandardCharsets.UTF_8, TextDecoder.charsetForLabel("utf-16", true), "a meta tag read as ASCII is not UTF-16");
        assertEquals(Charset.forName("UTF-16"), TextDecoder.charsetForLabel("utf-16", false));
        assertNull(TextDecoder.charsetForLabel("none", false));
        assertEquals("utf-8", TextDecoder.charsetParam("text/html;charset=\"utf-8\""));
        assertEquals("iso-8859-1", TextDecoder.charsetParam("text/html; Charset = 'iso-8859-1' ; q=1"));
        assertNull(TextDecoder.charsetParam("text/html"));
    }
}

package io.gazette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text mis-decoded once (UTF-8 read as Latin-1 or windows-1252, written again as UTF-8) and its repair. */
class MojibakeTest {

    /** What a scraper that read UTF-8 bytes in {@code wrong} and wrote the result as UTF-8 leaves. */
    private static byte[] misDecoded(String text, String wrong) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(wrong)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void latin1MojibakeIsRepairedAndNoted() {
        String page = "<html><head><meta charset=utf-8><title>A DIY Investor’s Guide</title></head>"
                + "<body><p>Café prices — up 5\u00a0% in 2025, said José Muñoz.</p></body></html>";
        byte[] bytes = misDecoded(page, "ISO-8859-1");
        assertTrue(TextDecoder.Utf8Stats.of(bytes).mojibake());
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "text/html", b -> new int[]{0, b.length});
        assertEquals(page, d.text());
        assertNull(d.keptSpans());
        assertTrue(d.source().contains("mojibake repaired"), d.source());
    }

    @Test
    void windows1252MojibakeIsRepaired() {
        // (not "”": its last byte, 0x9D, has no windows-1252 character and a Java decoder loses it)
        String text = "It’s the “best“ café – really… Škoda™";
        byte[] bytes = misDecoded(text, "windows-1252");
        assertTrue(TextDecoder.Utf8Stats.of(bytes).mojibake());
        assertEquals(text, Mojibake.repair(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void realTextIsNeverTouched() {
        // Portuguese and Vietnamese letters that look like mojibake leads, with no C1 control and no "â€"
        String text = "São Paulo: Ã é uma letra; Â, Ê, Ô em Tiếng Việt; ©2025 “quoted”, naïve café, 50\u00a0€";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertFalse(TextDecoder.Utf8Stats.of(bytes).mojibake());
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "text/html; charset=utf-8");
        assertEquals(text, d.text());
        assertFalse(d.source().contains("mojibake"), d.source());
    }

    @Test
    void onlyWholeValidSequencesAreReplaced() {
        // a lead with too few continuation characters and an overlong form stay as they are
        assertEquals("â\u0080", Mojibake.repair("â\u0080"));
        assertEquals("\u00c0\u0080x", Mojibake.repair("\u00c0\u0080x"));
        assertEquals("a’b", Mojibake.repair("aâ\u0080\u0099b"));
    }
}

package io.gazette.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading spans of UTF-8 bytes gives what decoding the joined spans as one string gives. */
class Utf8SpansReaderTest {

    /** Pieces of pages: ASCII, Latin-1, other BMP, surrogate pairs, and bytes that are not UTF-8. */
    private static final byte[][] PIECES = {
            "<p>".getBytes(StandardCharsets.UTF_8), "text ".getBytes(StandardCharsets.UTF_8),
            "\u00e9".getBytes(StandardCharsets.UTF_8), "\u2014".getBytes(StandardCharsets.UTF_8),
            "\u65e5\u672c".getBytes(StandardCharsets.UTF_8), "\ud83d\ude00".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xE2, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

    @Test
    void randomPagesReadTheSameWhateverTheSpansAndReadSizes() {
        Random random = new Random(11);
        for (int round = 0; round < 400; round++) {
            ByteArrayOutputStream page = new ByteArrayOutputStream();
            List<Integer> cuts = new ArrayList<>(); // positions of ASCII bytes: where spans may start and end
            cuts.add(0);
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                byte[] p = PIECES[random.nextInt(PIECES.length)];
                if (p[0] == '<') {
                    cuts.add(page.size());
                }
                page.writeBytes(p);
            }
            byte[] bytes = page.toByteArray();
            cuts.add(bytes.length);
            List<Integer> chosen = new ArrayList<>();
            for (int c : cuts) {
                if (random.nextInt(3) == 0 || c == 0 || c == bytes.length) {
                    chosen.add(c);
                }
            }
            if (chosen.size() % 2 == 1) {
                chosen.remove(chosen.size() - 2 >= 0 && chosen.size() > 2 ? 1 : 0);
            }
            int[] spans = chosen.stream().mapToInt(Integer::intValue).toArray();
            if (spans.length < 2) {
                spans = new int[]{0, bytes.length};
            }
            String expected = Utf8SpansReader.join(bytes, spans);
            for (int size : new int[]{1, 2, 3, 7, 64}) {
                assertEquals(expected, readAll(new Utf8SpansReader(bytes, spans, 0), size), "round " + round + " size " + size);
            }
            int cap = random.nextInt(expected.length() + 2);
            Utf8SpansReader capped = new Utf8SpansReader(bytes, spans, cap);
            String got = readAll(capped, 1 + random.nextInt(5));
            String want = cap == 0 ? expected : expected.substring(0, Math.min(cap, expected.length()));
            assertEquals(want, got, "round " + round + " cap " + cap);
            assertEquals(cap > 0 && cap < expected.length(), capped.capped(), "round " + round + " cap " + cap);
        }
    }

    @Test
    void malformedBytesReadAsReplacementCharactersLikeAString() {
        byte[] bytes = {'<', 'a', (byte) 0xC3, '<', (byte) 0xE2, (byte) 0x82, 'x', (byte) 0xF0, (byte) 0x9F};
        String expected = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(expected.contains("\uFFFD"));
        assertEquals(expected, readAll(new Utf8SpansReader(bytes, new int[]{0, bytes.length}, 0), 1));
        assertEquals(expected, readAll(new Utf8SpansReader(bytes, new int[]{0, 3, 3, bytes.length}, 0), 4));
    }

    @Test
    void anUncutPageIsNotCapped() {
        byte[] bytes = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        Utf8SpansReader r = new Utf8SpansReader(bytes, new int[]{0, bytes.length}, 11);
        assertEquals("<p>caf\u00e9</p>", readAll(r, 100));
        assertFalse(r.capped(), "eleven characters under a cap of eleven");
    }

    private static String readAll(Utf8SpansReader r, int size) {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[size + 3];
        for (int n; (n = r.read(buf, 2, size)) != -1; ) {
            assertTrue(n > 0 && n <= size, "read " + n + " of " + size);
            out.append(buf, 2, n);
        }
        assertEquals(-1, r.read(buf, 0, size), "stays at its end");
        return out.toString();
    }
}

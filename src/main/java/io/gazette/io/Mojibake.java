package io.gazette.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text that was once read as Latin-1 or windows-1252 and written out again as UTF-8: "’"
 * shows as "â€™" or as "â" followed by two invisible C1 control characters, "é" as "Ã©", a
 * no-break space as "Â ". Scrapers and CMS imports that decode with the wrong charset leave pages
 * like this; the bytes are valid UTF-8, so no charset choice can undo it.
 *
 * <p>A page is repaired only on evidence that cannot come from real text: a C1 control character
 * (U+0080-U+009F, never written on purpose) or the "â€" pair right after a character that starts a
 * UTF-8 sequence. Then each run of characters whose Latin-1 / windows-1252 bytes form one valid
 * UTF-8 sequence is replaced by that character, as ftfy does. Text without the evidence is left
 * exactly as it is, so "Ã" or "Â" in real Portuguese or Vietnamese text is never touched.
 */
public final class Mojibake {
    private Mojibake() {
    }

    /** windows-1252's characters for the bytes 0x80-0x9F (0 where it has none: the byte maps to U+0080+). */
    private static final char[] CP1252_HIGH = {
            '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
            0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    /**
     * Whether UTF-8 bytes carry the evidence at {@code i}, where {@code b[i]} is 0xC3 (a character
     * U+00C0-U+00FF): a character U+00C2-U+00F4 (a UTF-8 lead byte read as Latin-1) followed by a C1
     * control, or by "€" (0x80 read as windows-1252). {@link TextDecoder} asks it as it reads the bytes.
     */
    static boolean at(byte[] b, int i) {
        if (i + 3 >= b.length) {
            return false;
        }
        int lead = b[i + 1] & 0xFF; // U+00C2-U+00F4 are C3 82-B4
        if (lead < 0x82 || lead > 0xB4) {
            return false;
        }
        int c0 = b[i + 2] & 0xFF;
        int c1 = b[i + 3] & 0xFF;
        if (c0 == 0xC2 && c1 >= 0x80 && c1 <= 0x9F) {
            return true; // a C1 control
        }
        return c0 == 0xE2 && c1 == 0x82 && i + 4 < b.length && (b[i + 4] & 0xFF) == 0xAC; // "€"
    }

    /** The text with each mojibake run replaced by the character it stands for. */
    public static String repair(String s) {
        StringBuilder out = null;
        int copied = 0;
        byte[] seq = new byte[4];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int len = c >= '\u00C2' && c <= '\u00DF' ? 2 : c >= '\u00E0' && c <= '\u00EF' ? 3
                    : c >= '\u00F0' && c <= '\u00F4' ? 4 : 0;
            if (len == 0 || i + len > s.length()) {
                continue;
            }
            seq[0] = (byte) c;
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) {
                int v = byteOf(s.charAt(i + k));
                ok = v >= 0x80 && v <= 0xBF;
                seq[k] = (byte) v;
            }
            String fixed = ok ? decode(seq, len) : null;
            if (fixed == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, i).append(fixed);
            i += len - 1;
            copied = i + 1;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** The byte a character came from when read as Latin-1 or windows-1252, or -1. */
    private static int byteOf(char c) {
        if (c >= '\u0080' && c <= '\u00FF') {
            return c;
        }
        for (int b = 0; b < CP1252_HIGH.length; b++) {
            if (CP1252_HIGH[b] == c && c != 0) {
                return 0x80 + b;
            }
        }
        return -1;
    }

    /** One valid UTF-8 sequence of {@code len} bytes as a string, or null (overlong, surrogate, ...). */
    private static String decode(byte[] seq, int len) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(seq, 0, len));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

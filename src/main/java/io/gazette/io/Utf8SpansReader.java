package io.gazette.io;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The [start, end) spans of UTF-8 bytes, in order, read as characters straight into the reader's
 * buffer: the parser reads a page without a string of the whole page being made first (for a page
 * with one character past Latin-1, making it costs a Latin-1 try, a UTF-16 array and a trimmed copy).
 * Every span must start and end at an ASCII byte, so each decodes on its own. Malformed bytes read
 * as U+FFFD, as {@code new String(bytes, UTF_8)} reads them. At most {@code cap} characters are read
 * ({@link #capped()} says whether the cap cut the text).
 */
public final class Utf8SpansReader extends Reader {
    private final byte[] bytes;
    private final int[] spans;
    private final long cap;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private int k = -2;
    private ByteBuffer in;
    private long read;
    private boolean capped;
    /** A character decoded but not yet given (a surrogate pair's second half, for reads of one char). */
    private final CharBuffer spill = CharBuffer.allocate(2).flip();

    /** @param cap the most characters to read; 0 or less for no cap */
    public Utf8SpansReader(byte[] bytes, int[] spans, long cap) {
        this.bytes = bytes;
        this.spans = spans;
        this.cap = cap <= 0 ? Long.MAX_VALUE : cap;
    }

    /** The spans joined and decoded as one string (for callers that want the text itself). */
    public static String join(byte[] bytes, int[] spans) {
        int n = 0;
        for (int k = 0; k < spans.length; k += 2) {
            n += spans[k + 1] - spans[k];
        }
        if (spans.length == 2) {
            return new String(bytes, spans[0], n, StandardCharsets.UTF_8);
        }
        byte[] kept = new byte[n];
        int at = 0;
        for (int k = 0; k < spans.length; k += 2) {
            System.arraycopy(bytes, spans[k], kept, at, spans[k + 1] - spans[k]);
            at += spans[k + 1] - spans[k];
        }
        return new String(kept, StandardCharsets.UTF_8);
    }

    /** Whether reading stopped at the cap with characters left. */
    public boolean capped() {
        return capped;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len == 0) {
            return 0;
        }
        if (read >= cap) {
            capped |= spill.hasRemaining() || nextBytes() != null;
            return -1;
        }
        len = (int) Math.min(len, cap - read);
        int n = 0;
        while (n < len && spill.hasRemaining()) {
            buf[off + n++] = spill.get();
        }
        CharBuffer out = CharBuffer.wrap(buf, off + n, len - n);
        while (out.hasRemaining()) {
            ByteBuffer src = nextBytes();
            if (src == null) {
                break;
            }
            CoderResult r = decoder.decode(src, out, true);
            if (r.isOverflow()) {
                if (out.position() == off) {
                    // one char of room and a surrogate pair next: decode it aside, give its first half
                    spill.clear();
                    decoder.decode(src, spill, true);
                    spill.flip();
                    out.put(spill.get());
                }
                break;
            }
        }
        n = out.position() - off;
        if (n == 0) {
            return -1;
        }
        read += n;
        return n;
    }

    /** The bytes left to decode: the current span's, or the next span's with any; null at the end. */
    private ByteBuffer nextBytes() {
        while (in == null || !in.hasRemaining()) {
            k += 2;
            if (k >= spans.length) {
                in = null;
                return null;
            }
            in = ByteBuffer.wrap(bytes, spans[k], spans[k + 1] - spans[k]);
            decoder.reset(); // each span decodes on its own: it starts at an ASCII byte
        }
        return in;
    }

    @Override
    public void close() {
    }
}

package io.gazette.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stands between the file and jwarc to make the end of a WARC file safe to read.
 *
 * <p>Why: the end of a file is where writers misbehave. Crashed writers leave NUL padding; LF-only
 * and CR-CR-LF files end with a trailer that is not CRLFCRLF. jwarc 0.36 then fails on the
 * padding or, worse, when its trailer recovery (skipping CR and LF) meets the end of the file it
 * reads its buffer without flipping it and returns earlier records a second time (measured: a
 * 310-byte file of two CR-CR-LF records came out as four records).
 *
 * <p>So this stream passes every byte through and then adds one NUL byte after the last one. The
 * NUL stops the trailer recovery before the end of the file, and jwarc's parser then fails on it;
 * {@link #onlyPaddingFrom(long)} tells the reader whether such a failure is a clean end (nothing
 * but CR, LF, NUL, space or tab from there on) or a broken file. A record cut exactly one byte
 * short swallows the NUL; readers strip trailing NULs and mark such payloads truncated.
 */
final class WarcTailGuard extends InputStream {
    private final InputStream in;
    private long delivered;          // real bytes handed out
    private long lastSignificantEnd; // position just after the last real byte that is not padding
    private boolean eof;
    private boolean sentinelSent;

    WarcTailGuard(InputStream in) {
        this.in = in;
    }

    static boolean isPadding(byte c) {
        return c == '\r' || c == '\n' || c == 0 || c == ' ' || c == '\t';
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!eof) {
            int n = in.read(b, off, len);
            if (n > 0) {
                track(b, off, n);
                return n;
            }
            if (n < 0) {
                eof = true;
            } else {
                return 0;
            }
        }
        if (!sentinelSent && delivered > 0) { // an empty file stays empty: jwarc reads it as no records
            sentinelSent = true;
            b[off] = 0;
            return 1;
        }
        sentinelSent = true;
        return -1;
    }

    private void track(byte[] b, int off, int n) {
        // Scan back from the end: usually the last byte is significant, so this is O(1).
        for (int i = off + n - 1; i >= off; i--) {
            if (!isPadding(b[i])) {
                lastSignificantEnd = delivered + (i - off) + 1;
                break;
            }
        }
        delivered += n;
    }

    /**
     * True when the file holds nothing but padding from {@code position} (in the bytes handed out)
     * to its end. Reads the rest of the file to know, stopping at the first significant byte.
     */
    boolean onlyPaddingFrom(long position) {
        if (lastSignificantEnd > position) {
            return false;
        }
        try {
            byte[] skip = new byte[8192];
            while (!eof) {
                int n = in.read(skip, 0, skip.length);
                if (n < 0) {
                    eof = true;
                    break;
                }
                track(skip, 0, n);
                if (lastSignificantEnd > position) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

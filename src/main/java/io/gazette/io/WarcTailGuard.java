package io.gazette.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stands between the file and jwarc to make the end of a WARC file safe to read, and to find the
 * next record after a damaged one.
 *
 * <p>Why the end: the end of a file is where writers misbehave. Crashed writers leave NUL padding;
 * LF-only and CR-CR-LF files end with a trailer that is not CRLFCRLF. jwarc 0.36 then fails on the
 * padding or, worse, when its trailer recovery (skipping CR and LF) meets the end of the file it
 * reads its buffer without flipping it and returns earlier records a second time (measured: a
 * 310-byte file of two CR-CR-LF records came out as four records). So this stream passes every
 * byte through and then adds one NUL byte after the last one. The NUL stops the trailer recovery
 * before the end of the file, and jwarc's parser then fails on it; {@link #onlyPaddingFrom(long)}
 * tells the reader whether such a failure is a clean end (nothing but CR, LF, NUL, space or tab
 * from there on) or a broken file. A record cut exactly one byte short swallows the NUL; readers
 * strip trailing NULs and mark such payloads truncated.
 *
 * <p>Why resynchronise: one record with a lying Content-Length or a garbled header used to end
 * the whole file, and a Common Crawl file holds tens of thousands of records. jwarc cannot skip
 * ahead by itself, and it has read past the damage into its own buffer. So the last
 * {@value #HISTORY} bytes handed out are kept; {@link #nextRecordStart(long)} scans them, and the
 * file after them, for the next line starting with {@code WARC/<digit>}, and makes the stream
 * hand out the bytes from there again, for a new jwarc reader. Positions are absolute: bytes of
 * the decompressed file.
 */
final class WarcTailGuard extends InputStream {
    /** Bytes kept for replay; jwarc reads ahead far less than this. */
    static final int HISTORY = 256 * 1024;

    private final InputStream in;
    private final byte[] history = new byte[HISTORY]; // byte at absolute offset x is at x % HISTORY
    private long fetched;            // bytes read from the file so far
    private long readPos;            // absolute offset of the next byte to hand out (< fetched when replaying)
    private long lastSignificantEnd; // position just after the last fetched byte that is not padding
    private boolean eof;
    private boolean sentinelSent;
    private IOException failure;     // the file itself failed to read: no resync is possible then

    WarcTailGuard(InputStream in) {
        this.in = in;
    }

    static boolean isPadding(byte c) {
        return c == '\r' || c == '\n' || c == 0 || c == ' ' || c == '\t';
    }

    /** The exception reading the file failed with, or null. */
    IOException failure() {
        return failure;
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
        if (readPos < fetched) { // replaying after a resync
            int n = (int) Math.min(len, fetched - readPos);
            for (int i = 0; i < n; i++) {
                b[off + i] = history[(int) ((readPos + i) % HISTORY)];
            }
            readPos += n;
            return n;
        }
        if (!eof) {
            int n = fetch(b, off, len);
            if (n > 0) {
                readPos += n;
                return n;
            }
            if (n == 0) {
                return 0;
            }
        }
        if (!sentinelSent && fetched > 0) { // an empty file stays empty: jwarc reads it as no records
            sentinelSent = true;
            b[off] = 0;
            return 1;
        }
        sentinelSent = true;
        return -1;
    }

    /** Reads from the file into b and the history; -1 at the end. */
    private int fetch(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n < 0) {
            eof = true;
            return -1;
        }
        track(b, off, n);
        return n;
    }

    private void track(byte[] b, int off, int n) {
        // Scan back from the end: usually the last byte is significant, so this is O(1).
        for (int i = off + n - 1; i >= off; i--) {
            if (!isPadding(b[i])) {
                lastSignificantEnd = fetched + (i - off) + 1;
                break;
            }
        }
        for (int i = 0; i < n; ) { // copy into the ring, in at most two pieces
            int at = (int) ((fetched + i) % HISTORY);
            int k = Math.min(n - i, HISTORY - at);
            System.arraycopy(b, off + i, history, at, k);
            i += k;
        }
        fetched += n;
    }

    /**
     * True when the file holds nothing but padding from {@code position} to its end. Reads the
     * rest of the file to know, stopping at the first significant byte.
     */
    boolean onlyPaddingFrom(long position) {
        if (lastSignificantEnd > position) {
            return false;
        }
        try {
            byte[] skip = new byte[8192];
            while (!eof) {
                if (fetch(skip, 0, skip.length) < 0) {
                    break;
                }
                if (lastSignificantEnd > position) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The absolute offset of the first line after {@code from} that starts with {@code WARC/} and
     * a digit, reading on through the file as far as needed; the stream then hands out the bytes
     * from there. -1 when there is none (or the file fails to read): the rest of the file is lost.
     */
    long nextRecordStart(long from) {
        long x = Math.max(from + 1, fetched - HISTORY + 1); // history[x - 1] is needed for the line start
        byte[] chunk = new byte[8192];
        try {
            while (true) {
                while (x + 6 > fetched) {
                    if (eof || fetch(chunk, 0, chunk.length) < 0) {
                        return -1;
                    }
                    // Scanned bytes stay in the ring for replay only as long as they fit in it.
                    x = Math.max(x, fetched - HISTORY + 1);
                }
                if (at(x - 1) == '\n' && at(x) == 'W' && at(x + 1) == 'A' && at(x + 2) == 'R' && at(x + 3) == 'C'
                        && at(x + 4) == '/' && at(x + 5) >= '0' && at(x + 5) <= '9') {
                    readPos = x;
                    sentinelSent = false;
                    return x;
                }
                x++;
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private byte at(long x) {
        return history[(int) (x % HISTORY)];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

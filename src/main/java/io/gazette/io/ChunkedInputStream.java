package io.gazette.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Removes HTTP chunked transfer coding, leniently.
 *
 * <p>wget and Heritrix store bodies as they came over the wire, still chunked; Common Crawl
 * de-chunks them and renames the header, but other tools de-chunk and keep the header. So: when
 * the body does not start with a chunk-size line it is passed through untouched; when a later
 * chunk-size line is broken the rest is passed through (the page keeps its text, with at worst a
 * stray hex number in it); when the record ends inside a chunk we stop and say so through
 * {@link #incomplete()}.
 */
final class ChunkedInputStream extends InputStream {
    /** A chunk-size line longer than this is not one (chunk extensions are short in practice). */
    private static final int MAX_SIZE_LINE = 1024;

    private final BufferedInputStream in;
    private long remaining;       // bytes left in the current chunk
    private boolean passthrough;
    private boolean done;
    private boolean started;
    private boolean incomplete;

    ChunkedInputStream(BufferedInputStream in) {
        this.in = in;
    }

    /** True when the body ended before the last (zero-size) chunk. */
    boolean incomplete() {
        return incomplete;
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
        if (passthrough) {
            return in.read(b, off, len);
        }
        while (!done && remaining == 0) {
            nextChunk();
            if (passthrough) {
                return in.read(b, off, len);
            }
        }
        if (done) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            incomplete = true;
            done = true;
            return -1;
        }
        remaining -= n;
        if (remaining == 0) {
            skipLineEnd();
        }
        return n;
    }

    private void nextChunk() throws IOException {
        in.mark(MAX_SIZE_LINE + 2);
        String line = readLine();
        if (line == null) {
            // The record ends where a chunk-size line should be.
            incomplete = started;
            done = true;
            return;
        }
        long size = parseSize(line);
        if (size < 0) {
            // Not a chunk header: not chunked after all, or a broken size. Keep the bytes.
            in.reset();
            passthrough = true;
            return;
        }
        started = true;
        if (size == 0) {
            done = true; // trailers, if any, are not needed
            return;
        }
        remaining = size;
    }

    /** The chunk size of "1a2b" or "1a2b;ext=1", or -1 when the line is not a chunk-size line. */
    static long parseSize(String line) {
        String s = line.trim();
        int semi = s.indexOf(';');
        if (semi >= 0) {
            s = s.substring(0, semi).trim();
        }
        if (s.isEmpty() || s.length() > 15) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** A line without its end, or null at the end of the stream; junk when the line is too long. */
    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        int read = 0;
        int c;
        while ((c = in.read()) >= 0) {
            if (++read > MAX_SIZE_LINE) {
                return "not a chunk size"; // and within the mark limit, so reset() still works
            }
            if (c == '\n') {
                // Some writers leave an empty line between chunks: skip blank lines before the size.
                if (sb.toString().isBlank()) {
                    sb.setLength(0);
                    continue;
                }
                return sb.toString();
            }
            sb.append((char) c);
        }
        return sb.toString().isBlank() ? null : sb.toString();
    }

    private void skipLineEnd() throws IOException {
        in.mark(2);
        int c = in.read();
        if (c == '\r') {
            in.mark(1);
            c = in.read();
        }
        if (c != '\n' && c >= 0) {
            in.reset(); // no line end after the chunk: leave the byte for the size parser
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package io.gazette.io;

import io.gazette.config.GazetteOptions;
import io.gazette.model.InputFormat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Where a byte range of a .warc.gz file starts and ends, so that several tasks can read one big
 * file. A well-formed WARC.gz compresses every record as its own gzip member (the WARC standard's
 * annex, and how Common Crawl and every crawler we know write them), so a record starts wherever a
 * gzip member starts whose content begins with {@code WARC/}.
 *
 * <p>A range {@code [start, end)} owns the records whose member starts in it: it is read from the
 * first such member at or after {@code start} to the first one at or after {@code end} (the next
 * range's first). Both ends are found by the same search, {@link #nextRecordMember}, so two
 * neighbouring ranges agree on their border to the byte, and every byte of the file between the
 * first record and the end is read by exactly one range: a broken member is reported once, by the
 * range it lies in. A file that is one gzip member (whole-file gzip) or not gzip at all has no
 * member after its start, so its first range reads it whole and the others read nothing.
 */
public final class WarcSplits {
    private WarcSplits() {
    }

    /** Positioned reads of the file (Hadoop's {@code PositionedReadable#read}). */
    @FunctionalInterface
    public interface Positioned {
        /** Up to {@code len} bytes at {@code position}; -1 at the end of the file. */
        int read(long position, byte[] buffer, int offset, int length) throws IOException;
    }

    /** A file that can be read at any position and as a stream from any offset (Hadoop's FSDataInputStream). */
    public interface Source extends Positioned {
        /** The file's bytes from {@code offset} to its end; the caller closes it. */
        InputStream from(long offset) throws IOException;
    }

    /**
     * A reader of the range {@code [start, end)} of a .warc.gz file of {@code size} bytes: the records
     * whose gzip member starts in it. The range that starts at 0 reads from the file's first byte,
     * so a file that is not a gzip of records (one whole-file member, plain WARC, a misnamed
     * file) is read whole by it, in whatever format it is, and by no other range.
     */
    public static PageReader open(Source file, String sourceFile, long start, long end, long size,
                                  GazetteOptions.Input options) throws IOException {
        long from = start == 0 ? 0 : nextRecordMember(file, start, size);
        if (from >= end) {
            return PageReaders.empty(sourceFile, InputFormat.WARC);
        }
        long to = end >= size ? size : nextRecordMember(file, end, size);
        return PageReaders.open(bounded(file.from(from), to - from), sourceFile, options, from);
    }

    /** Compressed bytes scanned per read while looking for a member header. */
    private static final int SCAN = 1 << 20;
    /** Compressed bytes read at a candidate header to check it (header fields plus the start of the data). */
    private static final int PROBE = 64 * 1024;
    private static final byte[] WARC = {'W', 'A', 'R', 'C', '/'};

    /**
     * The offset of the first gzip member at or after {@code from} whose content begins with
     * {@code WARC/}, or {@code size} when there is none.
     */
    public static long nextRecordMember(Positioned file, long from, long size) throws IOException {
        long pos = Math.max(0, from);
        byte[] buf = new byte[(int) Math.max(3, Math.min(SCAN + 2, size - pos))];
        byte[] probe = null;
        while (pos < size) {
            int n = readFully(file, pos, buf, (int) Math.min(buf.length, size - pos));
            if (n < 3) {
                return size;
            }
            for (int i = 0; i + 2 < n; i++) {
                if ((buf[i] & 0xff) == 0x1f && (buf[i + 1] & 0xff) == 0x8b && buf[i + 2] == 8) {
                    if (probe == null) {
                        probe = new byte[PROBE];
                    }
                    if (startsRecord(file, pos + i, probe)) {
                        return pos + i;
                    }
                }
            }
            pos += n - 2; // the last two bytes again: a header can straddle two reads
        }
        return size;
    }

    /** Whether a valid gzip header starts at {@code at} and its member's content begins with WARC/. */
    static boolean startsRecord(Positioned file, long at, byte[] probe) throws IOException {
        int n = readFully(file, at, probe, probe.length);
        if (n < 18) {
            return false;
        }
        int flags = probe[3] & 0xff;
        if ((flags & 0xe0) != 0) {
            return false; // reserved flag bits are zero in every valid header
        }
        int p = 10;
        if ((flags & 4) != 0) { // FEXTRA
            int xlen = (probe[p] & 0xff) | (probe[p + 1] & 0xff) << 8;
            p += 2 + xlen;
        }
        for (int flag : new int[]{8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & flag) != 0) {
                while (p < n && probe[p] != 0) {
                    p++;
                }
                p++;
            }
        }
        if ((flags & 2) != 0) { // FHCRC
            p += 2;
        }
        if (p >= n) {
            return false;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(probe, p, n - p);
            byte[] out = new byte[WARC.length];
            int got = 0;
            for (int round = 0; round < 8 && got < out.length && !inflater.finished(); round++) {
                int r = inflater.inflate(out, got, out.length - got);
                if (r == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                got += r;
            }
            if (got < out.length) {
                return false;
            }
            for (int k = 0; k < WARC.length; k++) {
                if (out[k] != WARC[k]) {
                    return false;
                }
            }
            return true;
        } catch (DataFormatException notDeflate) {
            return false;
        } finally {
            inflater.end();
        }
    }

    /** The next {@code limit} bytes of {@code in}, as a stream that ends there (closing it closes {@code in}). */
    public static InputStream bounded(InputStream in, long limit) {
        return new FilterInputStream(in) {
            private long left = limit;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int r = super.read(b, off, (int) Math.min(len, left));
                if (r > 0) {
                    left -= r;
                }
                return r;
            }

            @Override
            public long skip(long n) throws IOException {
                long s = super.skip(Math.min(n, left));
                left -= s;
                return s;
            }

            @Override
            public int available() throws IOException {
                return (int) Math.min(super.available(), left);
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }

    private static int readFully(Positioned file, long at, byte[] buf, int len) throws IOException {
        int got = 0;
        while (got < len) {
            int r = file.read(at + got, buf, got, len - got);
            if (r < 0) {
                break;
            }
            got += r;
        }
        return got;
    }
}

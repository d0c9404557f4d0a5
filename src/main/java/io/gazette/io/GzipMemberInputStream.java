package io.gazette.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip file of any number of members and remembers where each member starts, in
 * compressed and in decompressed bytes.
 *
 * <p>Why not hand the raw bytes to jwarc: jwarc's record positions are right only when every
 * record starts a gzip member. On a whole-file gzip it reports the same made-up offset for many
 * records, and on a file whose member boundary falls inside a record it reports an offset past the
 * end of the file (measured on warcio's example-wrong-chunks.warc.gz). Decompressing here gives
 * exact decompressed offsets always, and the compressed offset whenever a record begins a member
 * (the offset CDX indexes and range requests use).
 *
 * <p>Why not {@link java.util.zip.GZIPInputStream}: it silently stops at the first bytes after
 * a member that are not gzip, and it cannot say where members start. Here a file cut inside a
 * member ends with an {@link EOFException}, NUL padding after the last member (left by writers
 * that crashed) ends the stream quietly, and other bytes after a member are an error.
 *
 * <p>Decompression bombs: a reader that skips what it does not keep still inflates it, and 10 MB
 * of gzip can hold 10 GB of zeros (deflate reaches ~1000:1; real WARC.gz and JSON Lines files
 * compress 2-5:1). So every {@value #RATIO_WINDOW} decompressed bytes must come from at least
 * 1/{@code maxRatio} as many compressed bytes, or the stream fails as corrupt
 * ({@code input.max-gzip-ratio}): the work spent on a file stays proportional to its size.
 */
final class GzipMemberInputStream extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    /** Member starts kept ahead of the reader; a bound so that a file of tiny members cannot grow it. */
    private static final int MAX_PENDING_MEMBERS = 100_000;
    /** Decompressed bytes over which the ratio is checked: long enough for any honest page. */
    static final long RATIO_WINDOW = 64L << 20;
    /** Used where no options are at hand (format detection reads 8 KB only). */
    static final int DEFAULT_MAX_RATIO = 100;

    private final InputStream in;
    private final byte[] inBuf = new byte[64 * 1024];
    private int inPos;
    private int inLen;
    private final Inflater inflater = new Inflater(true);
    private long compressedPos;     // compressed bytes consumed (headers, deflate data, trailers)
    private long decompressedPos;   // decompressed bytes returned
    private boolean inMember;
    private boolean eof;
    private IOException failure;    // sticky: once broken, always broken
    private final ArrayDeque<long[]> memberStarts = new ArrayDeque<>(); // {decompressed, compressed}
    private final int maxRatio;       // 0: unchecked
    private long windowDecompressed;  // where the current ratio window started
    private long windowCompressed;

    GzipMemberInputStream(InputStream in) {
        this(in, DEFAULT_MAX_RATIO);
    }

    /** @param maxRatio largest decompressed:compressed ratio over {@value #RATIO_WINDOW} bytes; 0 for none */
    GzipMemberInputStream(InputStream in, int maxRatio) {
        this.in = in;
        this.maxRatio = maxRatio;
    }

    /**
     * The compressed offset of the member that starts exactly at this decompressed offset, or -1
     * when the offset is inside a member. Offsets must be asked for in increasing order: the
     * member starts before it are forgotten.
     */
    long compressedOffsetOf(long decompressedOffset) {
        long found = -1;
        while (!memberStarts.isEmpty() && memberStarts.peekFirst()[0] <= decompressedOffset) {
            long[] m = memberStarts.pollFirst();
            // Several members can start at the same decompressed offset (empty members): the
            // record's bytes are in the last of them.
            found = m[0] == decompressedOffset ? m[1] : -1;
        }
        return found;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (len == 0) {
            return 0;
        }
        int produced = 0;
        try {
            while (produced == 0 && !eof) {
                if (!inMember && !startMember()) {
                    eof = true;
                    break;
                }
                produced = inflate(b, off, len);
            }
        } catch (IOException e) {
            failure = e;
            // Hand out what was decompressed before the failure; the next call throws.
            if (produced > 0) {
                decompressedPos += produced;
                return produced;
            }
            throw e;
        }
        if (produced == 0) {
            return -1;
        }
        decompressedPos += produced;
        checkRatio(); // a bomb fails the next read, like any other broken stream
        return produced;
    }

    private void checkRatio() {
        long out = decompressedPos - windowDecompressed;
        if (maxRatio <= 0 || out < RATIO_WINDOW) {
            return;
        }
        long consumed = compressedPos - windowCompressed;
        if (consumed * maxRatio < out) {
            failure = new ZipException("gzip data expands more than " + maxRatio + ":1 (" + (out >> 20) + " MiB from "
                    + consumed + " compressed bytes before compressed offset " + compressedPos
                    + "): a decompression bomb, not read further (input.max-gzip-ratio)");
            return;
        }
        windowDecompressed = decompressedPos;
        windowCompressed = compressedPos;
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            if (inflater.needsInput()) {
                if (!fill()) {
                    throw new EOFException("gzip data ends inside a member (compressed offset "
                            + compressedPos + "): the file is truncated");
                }
                inflater.setInput(inBuf, inPos, inLen - inPos);
            }
            n = inflater.inflate(b, off, len);
        } catch (DataFormatException e) {
            throw new ZipException("corrupt gzip data near compressed offset " + compressedPos + ": " + e.getMessage());
        }
        int consumed = (inLen - inPos) - inflater.getRemaining();
        inPos += consumed;
        compressedPos += consumed;
        if (inflater.needsDictionary()) {
            throw new ZipException("gzip member needs a preset dictionary (compressed offset " + compressedPos + ")");
        }
        if (inflater.finished()) {
            skipBytes(8, "gzip trailer"); // CRC32 and ISIZE: not checked, like jwarc, to keep damaged files readable
            inflater.reset();
            inMember = false;
        }
        return n;
    }

    /** Reads a member header; false at a clean end of file (or NUL padding up to it). */
    private boolean startMember() throws IOException {
        if (!ensure(1)) {
            return false;
        }
        long start = compressedPos;
        if (inBuf[inPos] == 0) {
            skipNulPadding();
            return false;
        }
        if (!ensure(10)) {
            throw new EOFException("gzip member header cut at compressed offset " + start);
        }
        if ((inBuf[inPos] & 0xFF) != 0x1F || (inBuf[inPos + 1] & 0xFF) != 0x8B) {
            throw new ZipException("bytes after gzip member at compressed offset " + start + " are not gzip");
        }
        if (inBuf[inPos + 2] != 8) {
            throw new ZipException("unsupported gzip compression method " + inBuf[inPos + 2]
                    + " at compressed offset " + start);
        }
        int flags = inBuf[inPos + 3] & 0xFF;
        consume(10);
        if ((flags & FEXTRA) != 0) {
            if (!ensure(2)) {
                throw new EOFException("gzip extra field cut at compressed offset " + compressedPos);
            }
            int xlen = (inBuf[inPos] & 0xFF) | ((inBuf[inPos + 1] & 0xFF) << 8);
            consume(2);
            skipBytes(xlen, "gzip extra field");
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated("gzip file name");
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated("gzip comment");
        }
        if ((flags & FHCRC) != 0) {
            skipBytes(2, "gzip header CRC");
        }
        inMember = true;
        if (memberStarts.size() >= MAX_PENDING_MEMBERS) {
            memberStarts.pollFirst();
        }
        memberStarts.addLast(new long[]{decompressedPos, start});
        return true;
    }

    private void skipNulPadding() throws IOException {
        while (ensure(1)) {
            if (inBuf[inPos] != 0) {
                throw new ZipException("bytes after NUL padding at compressed offset " + compressedPos + " are not gzip");
            }
            consume(1);
        }
    }

    private void skipZeroTerminated(String what) throws IOException {
        while (true) {
            if (!ensure(1)) {
                throw new EOFException(what + " cut at compressed offset " + compressedPos);
            }
            byte c = inBuf[inPos];
            consume(1);
            if (c == 0) {
                return;
            }
        }
    }

    private void skipBytes(int n, String what) throws IOException {
        // Bytes may already sit in the inflater's unconsumed input; we track them in inBuf.
        for (int left = n; left > 0; ) {
            if (!ensure(1)) {
                throw new EOFException(what + " cut at compressed offset " + compressedPos + ": the file is truncated");
            }
            int k = Math.min(left, inLen - inPos);
            consume(k);
            left -= k;
        }
    }

    private void consume(int n) {
        inPos += n;
        compressedPos += n;
    }

    /** Makes at least n unread bytes available in inBuf (n is small); false at end of file. */
    private boolean ensure(int n) throws IOException {
        while (inLen - inPos < n) {
            if (inPos > 0) {
                System.arraycopy(inBuf, inPos, inBuf, 0, inLen - inPos);
                inLen -= inPos;
                inPos = 0;
            }
            int r = in.read(inBuf, inLen, inBuf.length - inLen);
            if (r < 0) {
                return false;
            }
            inLen += r;
        }
        return true;
    }

    /** Refills inBuf when it is empty; false at end of file. */
    private boolean fill() throws IOException {
        if (inPos < inLen) {
            return true;
        }
        inPos = 0;
        inLen = 0;
        int r;
        do {
            r = in.read(inBuf, 0, inBuf.length);
        } while (r == 0);
        if (r < 0) {
            return false;
        }
        inLen = r;
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}

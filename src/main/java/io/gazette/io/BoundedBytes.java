package io.gazette.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads untrusted payloads with a hard size cap: what is past the cap is read and thrown away
 * (or left for the caller to skip), never buffered.
 */
final class BoundedBytes {
    private BoundedBytes() {
    }

    /**
     * Bytes read before the stream ended, failed or hit the cap.
     *
     * @param bytes     at most the cap
     * @param truncated true when more bytes followed the cap
     * @param failure   the exception that ended reading early, or null when the stream ended or
     *                  the cap was reached normally; {@code bytes} still holds what came before it
     */
    record Result(byte[] bytes, boolean truncated, IOException failure) {
    }

    /** The cap as an array size: Java arrays stop a little below 2 GiB. */
    static int arrayCap(long cap) {
        return (int) Math.max(0, Math.min(cap, Integer.MAX_VALUE - 64));
    }

    /**
     * Reads up to {@code cap} bytes, then probes one more byte to learn whether the payload was
     * cut. Does not read the rest: the WARC reader skips it through jwarc. IOExceptions
     * are returned, not thrown, so that the bytes before a failure are not lost.
     */
    static Result read(InputStream in, long cap) {
        int limit = arrayCap(cap);
        byte[] buf = new byte[Math.min(limit, 64 * 1024)];
        int n = 0;
        try {
            while (n < limit) {
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(limit, Math.max(1024L, buf.length * 2L)));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return new Result(Arrays.copyOf(buf, n), false, null);
                }
                n += r;
            }
            boolean more = in.read() >= 0;
            return new Result(Arrays.copyOf(buf, n), more, null);
        } catch (IOException e) {
            return new Result(Arrays.copyOf(buf, n), false, e);
        }
    }

    /** The bytes without trailing NULs (the padding a crashed writer leaves), or the same array. */
    static byte[] stripTrailingNuls(byte[] b) {
        int end = b.length;
        while (end > 0 && b[end - 1] == 0) {
            end--;
        }
        return end == b.length ? b : Arrays.copyOf(b, end);
    }
}

package io.gazette.extract.dedup;

import io.gazette.extract.Chars;

import java.util.Locale;

/**
 * 64-bit SimHash of a text (Charikar; as used for near-duplicate web pages by Manku et al.,
 * WWW 2007): word 3-shingles, each hashed to 64 bits, summed bit by bit. Two texts that share most
 * of their shingles differ in few bits: agency copy reprinted by many outlets, with a different
 * headline or a line added, stays within a Hamming distance of {@link #NEAR} of the original.
 */
public final class SimHash {
    private SimHash() {
    }

    /** Hamming distance at or under which two texts count as the same story. */
    public static final int NEAR = 3;

    /** Below this many words a text says too little to be matched with another. */
    public static final int MIN_WORDS = 30;

    /** The hash, or 0 for a text too short to compare (0 is never matched, see {@link #near}). */
    public static long of(String text) {
        if (text == null) {
            return 0;
        }
        // the words: maximal runs of letters and numbers (\p{L}\p{N}) of the lower-cased text, found
        // without a regex or a String per word (this ran for every article and showed in profiles)
        String lower = text.toLowerCase(Locale.ROOT);
        int[] bounds = new int[64];
        int n = 0;
        int len = lower.length();
        int start = -1; // where the current word began, -1 between words
        for (int i = 0; i <= len; ) {
            int cp = i < len ? lower.codePointAt(i) : ' ';
            if (Chars.isLetterOrNumber(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                if (2 * n + 2 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * n] = start;
                bounds[2 * n + 1] = i;
                n++;
                start = -1;
            }
            i += i < len ? Character.charCount(cp) : 1;
        }
        if (n < MIN_WORDS) {
            return 0;
        }
        int[] ones = new int[64]; // per bit, the shingles whose hash has it set
        // counted eight bits at a time: lanes[j] holds, in its byte k, the count for bit 8k + j;
        // a byte holds 255 at most, so the lanes are emptied into ones every 255 shingles
        long[] lanes = new long[8];
        int shingles = n - 2;
        int inLanes = 0;
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            h = fnv(h, lower, bounds[2 * i], bounds[2 * i + 1]);
            h = (h ^ ' ') * 0x100000001b3L;
            h = fnv(h, lower, bounds[2 * i + 2], bounds[2 * i + 3]);
            h = (h ^ ' ') * 0x100000001b3L;
            h = fnv(h, lower, bounds[2 * i + 4], bounds[2 * i + 5]);
            h = mix(h);
            for (int j = 0; j < 8; j++) {
                lanes[j] += (h >>> j) & 0x0101010101010101L;
            }
            if (++inLanes == 255) {
                drain(lanes, ones);
                inLanes = 0;
            }
        }
        drain(lanes, ones);
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (2 * ones[b] > shingles) { // the bit's +1/-1 votes sum above zero
                out |= 1L << b;
            }
        }
        return out == 0 ? 1 : out;
    }

    /** Adds the byte counters of {@code lanes} to {@code ones} (bit 8k + j from byte k of lane j) and clears them. */
    private static void drain(long[] lanes, int[] ones) {
        for (int j = 0; j < 8; j++) {
            long lane = lanes[j];
            for (int k = 0; k < 8; k++) {
                ones[8 * k + j] += (int) ((lane >>> (8 * k)) & 0xFF);
            }
            lanes[j] = 0;
        }
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean near(long a, long b) {
        return a != 0 && b != 0 && distance(a, b) <= NEAR;
    }

    /**
     * After FNV-1a over the three words (a space between them): a SplitMix64 finaliser, so
     * that every bit depends on every input bit.
     */
    private static long mix(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }

    private static long fnv(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

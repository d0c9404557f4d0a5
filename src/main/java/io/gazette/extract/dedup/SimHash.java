package io.gazette.extract.dedup;

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
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                words[n++] = w;
            }
        }
        if (n < MIN_WORDS) {
            return 0;
        }
        int[] weights = new int[64];
        for (int i = 0; i + 2 < n; i++) {
            long h = hash(words[i], words[i + 1], words[i + 2]);
            for (int b = 0; b < 64; b++) {
                weights[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
        }
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (weights[b] > 0) {
                out |= 1L << b;
            }
        }
        return out == 0 ? 1 : out;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean near(long a, long b) {
        return a != 0 && b != 0 && distance(a, b) <= NEAR;
    }

    /** FNV-1a over the three words, then a SplitMix64 finaliser so every bit depends on every input bit. */
    private static long hash(String a, String b, String c) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, a);
        h = (h ^ ' ') * 0x100000001b3L;
        h = fnv(h, b);
        h = (h ^ ' ') * 0x100000001b3L;
        h = fnv(h, c);
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

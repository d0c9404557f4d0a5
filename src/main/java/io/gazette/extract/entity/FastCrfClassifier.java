package io.gazette.extract.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFDatum;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.Triple;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * CoreNLP's CRFClassifier with the same features, weights and Viterbi, and the cost of its
 * per-token feature step taken out. A profile of the entity step on the eval pages (JFR) put 24%
 * of it in looking feature strings up in the model's 350k-entry {@code HashMap<String,Integer>},
 * 5% in re-running the British-to-American spelling map on the same words, and most of the rest
 * in building ~50 feature strings per token. Here:
 * <ul>
 *   <li>features are made by word and kept ({@link CrfFeatures}) for the default model; other
 *       models get CoreNLP's feature factory;</li>
 *   <li>feature lookups go to an open-addressing table of 64-bit fingerprints, one cache line per
 *       probe instead of the map's chain of table, node, key, bytes and boxed value;</li>
 *   <li>the model's word function (Americanize, a pure function) is memoised.</li>
 * </ul>
 * Tags do not change: each position gets the feature indices CoreNLP's code gives it, in the same
 * order. A feature string the model does not know could only be mistaken for one it knows if both
 * 64-bit fingerprints collide (odds ~2^-64 per lookup); two known features with the same
 * fingerprint are checked for at load time, and the table is then not used.
 */
final class FastCrfClassifier extends CRFClassifier<CoreLabel> {

    private static final int MAX_MEMO_WORDS = 100_000;

    private FeatureTable table;
    /** Features by word for the default model; null for other models (CoreNLP's code builds them). */
    private CrfFeatures features;

    private FastCrfClassifier() {
        super(); // as CRFClassifier.getClassifier(path, props): the flags come from the model and props
    }

    /** Loads a serialised CRF (classpath resource or file) and builds the lookup table. */
    static FastCrfClassifier load(String model, Properties props) throws Exception {
        FastCrfClassifier crf = new FastCrfClassifier();
        crf.loadClassifier(model, props);
        Index<String> featureIndex = featureIndexOf(crf);
        crf.table = FeatureTable.build(featureIndex);
        Function<String, String> words = crf.flags.wordFunction;
        if (words != null) {
            crf.flags.wordFunction = memo(words);
        }
        crf.features = CrfFeatures.forModel(crf, crf.table, featureIndex);
        return crf;
    }

    /** True when lookups go through the fingerprint table (false only after a fingerprint clash). */
    boolean usesTable() {
        return table != null;
    }

    /** True when features are made by word ({@link CrfFeatures}), not by CoreNLP's feature factory. */
    boolean usesWordFeatures() {
        return features != null;
    }

    /** The feature indices CoreNLP's own feature factory gives a classified sentence (tests compare). */
    int[][][] coreNlpData(List<CoreLabel> classified) {
        return super.documentToDataAndLabels(classified).first();
    }

    /** The same from {@link CrfFeatures}, or null when the model or tokens are not for it. */
    int[][][] wordData(List<CoreLabel> classified) {
        return features == null || !CrfFeatures.plain(classified) ? null : features.data(classified);
    }

    @SuppressWarnings("unchecked")
    private static Index<String> featureIndexOf(CRFClassifier<CoreLabel> crf) throws ReflectiveOperationException {
        // Package-private in CRFClassifier; read once at load time.
        Field f = CRFClassifier.class.getDeclaredField("featureIndex");
        f.setAccessible(true);
        return (Index<String>) f.get(crf);
    }

    private static Function<String, String> memo(Function<String, String> f) {
        Map<String, String> cache = new ConcurrentHashMap<>();
        return word -> {
            String out = cache.get(word);
            if (out == null) {
                out = f.apply(word);
                if (cache.size() >= MAX_MEMO_WORDS) {
                    cache.clear(); // bounded: a crawl's vocabulary has no end
                }
                cache.put(word, out);
            }
            return out;
        };
    }

    /**
     * {@link CRFClassifier#documentToDataAndLabels} for the flags of the NER models (no reversed
     * documents, no embeddings), with the table for the lookups; anything else goes to CoreNLP's.
     */
    @Override
    public Triple<int[][][], int[], double[][][]> documentToDataAndLabels(List<CoreLabel> document) {
        if (table == null || flags.useReverse || flags.useEmbedding) {
            return super.documentToDataAndLabels(document);
        }
        int docSize = document.size();
        if (features != null && CrfFeatures.plain(document)) {
            int[][][] data = features.data(document);
            if (data != null) {
                int[] labels = new int[docSize];
                for (int j = 0; j < docSize; j++) {
                    labels[j] = classIndex.indexOf(document.get(j).get(CoreAnnotations.AnswerAnnotation.class));
                }
                return new Triple<>(data, labels, new double[docSize][windowSize][]);
            }
        }
        int[][][] data = new int[docSize][windowSize][];
        double[][][] featureVals = new double[docSize][windowSize][];
        int[] labels = new int[docSize];
        for (int j = 0; j < docSize; j++) {
            int[][] dataJ = data[j];
            CRFDatum<Collection<String>, ?> d = makeDatum(document, j, featureFactories);
            List<Collection<String>> features = d.asFeatures();
            for (int k = 0, n = features.size(); k < n; k++) {
                Collection<String> cliqueFeatures = features.get(k);
                int[] dataJK = new int[cliqueFeatures.size()];
                int m = 0;
                for (String feature : cliqueFeatures) {
                    int index = table.indexOf(feature);
                    if (index >= 0) {
                        dataJK[m++] = index;
                    }
                }
                dataJ[k] = m < dataJK.length ? Arrays.copyOf(dataJK, m) : dataJK;
            }
            labels[j] = classIndex.indexOf(document.get(j).get(CoreAnnotations.AnswerAnnotation.class));
        }
        return new Triple<>(data, labels, featureVals);
    }

    /** Feature string -> index, by a 64-bit fingerprint in a linear-probing table. */
    static final class FeatureTable {
        /** slots[2i] = fingerprint (0 = empty), slots[2i + 1] = feature index: one cache line per probe. */
        private final long[] slots;
        private final int mask;
        /**
         * A blocked Bloom filter of the fingerprints: {@value #BLOOM_PROBES} bits in one 512-bit
         * block (8 longs, a cache line) per feature, ~12 bits per feature. Most lookups are of word
         * pairs the model never saw; the table (16 bytes a slot, tens of MB for the default model)
         * answers each of those with a cache miss to memory, the filter (~0.5 MB) mostly from cache,
         * and it never says no to a feature the table holds.
         */
        private final long[] bloom;
        private final int blockMask;
        static final int BLOOM_PROBES = 6;

        private FeatureTable(int capacity, int features) {
            slots = new long[2 * capacity];
            mask = capacity - 1;
            int blocks = Math.max(1, Integer.highestOneBit(Math.max(1, features * 12 / 512)));
            bloom = new long[8 * blocks];
            blockMask = blocks - 1;
        }

        /** The table for an index, or null when two of its strings share a fingerprint. */
        static FeatureTable build(Index<String> index) {
            int n = index.size();
            int capacity = Integer.highestOneBit(Math.max(16, n * 3)) << 1; // load <= 1/3
            FeatureTable t = new FeatureTable(capacity, n);
            for (int i = 0; i < n; i++) {
                String s = index.get(i);
                long fp = fingerprint(s);
                int slot = (int) fp & t.mask;
                while (t.slots[2 * slot] != 0) {
                    if (t.slots[2 * slot] == fp) {
                        return null;
                    }
                    slot = (slot + 1) & t.mask;
                }
                t.slots[2 * slot] = fp;
                t.slots[2 * slot + 1] = i;
                t.remember(fp);
            }
            return t;
        }

        int indexOf(String s) {
            long fp = fingerprint(s);
            if (!mayHold(fp)) {
                return -1;
            }
            int slot = (int) fp & mask;
            long at;
            while ((at = slots[2 * slot]) != 0) {
                if (at == fp) {
                    return (int) slots[2 * slot + 1];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private void remember(long fp) {
            int base = block(fp);
            long h = bits(fp);
            for (int k = 0; k < BLOOM_PROBES; k++, h >>>= 9) {
                bloom[base + ((int) h >>> 6 & 7)] |= 1L << (h & 63);
            }
        }

        /** False only for a fingerprint that {@link #remember} was never given. */
        boolean mayHold(long fp) {
            int base = block(fp);
            long h = bits(fp);
            for (int k = 0; k < BLOOM_PROBES; k++, h >>>= 9) {
                if ((bloom[base + ((int) h >>> 6 & 7)] & 1L << (h & 63)) == 0) {
                    return false;
                }
            }
            return true;
        }

        /** The block: high bits of the fingerprint (its low bits pick the table's slot). */
        private int block(long fp) {
            return ((int) (fp >>> 40) & blockMask) << 3;
        }

        /** Six 9-bit positions in the block, from a second mix of the fingerprint. */
        private static long bits(long fp) {
            return mix(fp ^ 0x9E3779B97F4A7C15L);
        }

        /**
         * String.hashCode (cached in the string) in the high half, an FNV-style hash of the chars in
         * the low half, then a bijective mix so that the low bits pick a slot; never 0.
         */
        static long fingerprint(String s) {
            long h = 0xCBF29CE484222325L;
            for (int i = 0, n = s.length(); i < n; i++) {
                h = (h ^ s.charAt(i)) * 0x100000001B3L;
            }
            h ^= h >>> 32;
            long fp = mix(((long) s.hashCode() << 32) | (h & 0xFFFFFFFFL));
            return fp == 0 ? 1 : fp;
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}

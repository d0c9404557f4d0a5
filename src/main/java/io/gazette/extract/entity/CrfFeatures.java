package io.gazette.extract.entity;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The features CoreNLP's {@code NERFeatureFactory} gives each token for the flags of
 * english.all.3class.distsim (windowSize 2: the node clique C and the edge clique CpC), as
 * feature indices, in the order CoreNLP's own code hands them to the CRF.
 *
 * <p>Why: NERFeatureFactory builds ~50 strings per token and position, most of them about one word
 * ("Paris-WORD", "Paris-DISJN", the prefixes and suffixes "#<Pa#"), and rebuilds each one for every
 * position whose window holds the word (a word is the disjunctive context of ten positions).
 * That was 80% of the entity step once the lookups were fast. Here the features of one word are
 * looked up once and kept (up to {@link #MAX_WORDS} words, shared by threads); only the features that pair
 * two tokens ("Mr...Xxxxx-PW_CTYPE") are built per position.
 *
 * <p>Exactness: the indices of a clique come out in the iteration order of the {@code HashSet}
 * CoreNLP collects feature strings in (bucket of the string's hash in a 128-slot table, then order
 * of insertion), so the CRF adds up the same weights in the same order and the tags are the same
 * to the last bit. {@code FastCrfClassifierTest} compares the arrays with CoreNLP's on CoNLL dev.
 * Any other model (its flags differ from {@code crf-flags.txt}), a token with annotations this
 * path does not read (part of speech, stacked NER tags, a domain), or a clique with more than 96
 * features (the set would grow to 256 slots) goes to CoreNLP's code instead.
 */
final class CrfFeatures {

    /**
     * Words whose features are kept (~250 bytes each); cleared when full (a crawl's vocabulary has
     * no end). The 1,059 English eval pages, 2.0M tokens, hold 67k distinct words.
     */
    static final int MAX_WORDS = 100_000;
    /** HashSet(100): 128 slots, grown past 96 entries. */
    private static final int SLOTS = 128;
    private static final int MAX_IN_SET = 96;
    private static final int DISJUNCTION_WIDTH = 5;
    private static final int MAX_NGRAM = 6;
    private static final int OCCURRENCE_JUMPS = 150;

    private final FastCrfClassifier.FeatureTable table;
    /** Slot of each known feature string in a 128-slot HashMap. */
    private final byte[] slotOf;
    private final Map<String, String> lexicon;
    private final Function<String, String> wordFunction;
    private final String unknownDistSim;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final Word pad;

    private final int pseq;
    private final int classFeature;
    private final int noOccurrence;
    private final int nextOccurrence;
    private final int prevOccurrence;

    private CrfFeatures(FastCrfClassifier.FeatureTable table, Index<String> featureIndex, Map<String, String> lexicon,
                        SeqClassifierFlags flags) {
        this.table = table;
        this.lexicon = lexicon;
        this.wordFunction = flags.wordFunction;
        this.unknownDistSim = flags.unknownWordDistSimClass;
        slotOf = new byte[featureIndex.size()];
        for (int i = 0; i < slotOf.length; i++) {
            int h = featureIndex.get(i).hashCode();
            slotOf[i] = (byte) ((h ^ (h >>> 16)) & (SLOTS - 1));
        }
        // The padding token outside the sentence: no word, no shape; CoreNLP reads its missing
        // distsim class as "null" in the node features and as "" in the edge features.
        pad = new Word("", "", "null", "", "null");
        pseq = table.indexOf("PSEQ|CpC");
        classFeature = table.indexOf("###|C");
        noOccurrence = table.indexOf("NO-OCCURRENCE-PATTERN|C");
        nextOccurrence = table.indexOf("X-NEXT-OCCURRENCE-X|C");
        prevOccurrence = table.indexOf("X-PREV-OCCURRENCE-X|C");
    }

    /** The features for a classifier, or null when its model is not the one this class mirrors. */
    static CrfFeatures forModel(FastCrfClassifier crf, FastCrfClassifier.FeatureTable table, Index<String> featureIndex) {
        if (table == null || crf.windowSize != 2 || crf.featureFactories.size() != 1
                || crf.featureFactories.get(0).getClass() != NERFeatureFactory.class
                || !signature(crf.flags).equals(expectedSignature())
                || crf.flags.slashHyphenTreatment != SeqClassifierFlags.SlashHyphenEnum.NONE
                || crf.flags.binnedLengths != null
                || (crf.flags.gazettes != null && !crf.flags.gazettes.isEmpty())) {
            return null;
        }
        try {
            Field f = NERFeatureFactory.class.getDeclaredField("lexicon");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, String> lexicon = (Map<String, String>) f.get(crf.featureFactories.get(0));
            return lexicon == null ? null : new CrfFeatures(table, featureIndex, lexicon, crf.flags);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The model's flags that are set, without where it was loaded from. */
    static String signature(SeqClassifierFlags flags) {
        return Arrays.stream(flags.getNotNullTrueStringRep().split("\n"))
                .filter(l -> !l.isBlank() && !l.startsWith("loadClassifier=") && !l.startsWith("serializeTo"))
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String expectedSignature() {
        try (InputStream in = CrfFeatures.class.getResourceAsStream("crf-flags.txt")) {
            if (in == null) {
                return "";
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank()).sorted().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "";
        }
    }

    /** One word's features, whatever its neighbours; -1 for a feature the model does not know. */
    private final class Word {
        final String text;
        final String shape;
        final String distSim;
        // node clique, as the current token (c), the previous (p) or the next (n)
        final int cDistSim, cWord, cType;
        final int[] ngrams;
        final int pWord, pDistSim, pType;
        final int nWord, nDistSim, nType;
        final int disjN, disjP;
        // edge clique
        final int seqW, seqPW, seqPDistSim, seqCDistSim, seqPShape, seqCShape, tps2, tns1;
        /** distsim class as the edge features read it ("" for the padding) */
        final String edgeDistSim;

        Word(String text, String shape, String distSim, String edgeDistSim, String edgeShapeNext) {
            this.text = text;
            this.shape = shape;
            this.distSim = distSim;
            this.edgeDistSim = edgeDistSim;
            cDistSim = idx(distSim + "-DISTSIM|C");
            cWord = idx(text + "-WORD|C");
            ngrams = ngrams(text);
            cType = idx(shape + "-TYPE|C");
            pWord = idx(text + "-PW|C");
            pDistSim = idx(distSim + "-PDISTSIM|C");
            pType = idx(shape + "-PTYPE|C");
            nWord = idx(text + "-NW|C");
            nDistSim = idx(distSim + "-NDISTSIM|C");
            nType = idx(shape + "-NTYPE|C");
            disjN = idx(text + "-DISJN|C");
            disjP = idx(text + "-DISJP|C");
            seqW = idx(text + "-PSEQW|CpC");
            seqPW = idx(text + "-PSEQpW|CpC");
            seqPDistSim = idx(edgeDistSim + "-PSEQpDS|CpC");
            seqCDistSim = idx(edgeDistSim + "-PSEQcDS|CpC");
            seqPShape = idx(shape + "-PSEQpS|CpC");
            seqCShape = idx(shape + "-PSEQcS|CpC");
            tps2 = idx(shape + "-TPS2|CpC");
            tns1 = idx(edgeShapeNext + "-TNS1|CpC");
        }
    }

    private int idx(String feature) {
        return table.indexOf(feature);
    }

    /** Prefixes and suffixes of "<word>" of 2 to 6 chars (noMidNGrams, maxNGramLeng 6), as NERFeatureFactory lists them. */
    private int[] ngrams(String cWord) {
        String word = '<' + cWord + '>';
        int max = Math.min(MAX_NGRAM, word.length());
        int start = Math.max(0, word.length() - MAX_NGRAM);
        int lenM1 = word.length() - 1;
        int[] out = new int[Math.max(0, max - 1) + Math.max(0, lenM1 - start)];
        int k = 0;
        for (int j = 2; j <= max; j++) {
            out[k++] = idx('#' + word.substring(0, j) + "#|C");
        }
        for (int i = start; i < lenM1; i++) {
            out[k++] = idx('#' + word.substring(i) + "#|C");
        }
        return out;
    }

    /** A token's word, kept by its text as tokenized (the word function, e.g. Americanize, is pure). */
    private Word word(CoreLabel token) {
        String raw = token.getString(CoreAnnotations.TextAnnotation.class);
        String shape = token.getString(CoreAnnotations.ShapeAnnotation.class);
        Word w = words.get(raw);
        if (w != null && w.shape.equals(shape)) {
            return w;
        }
        String text = wordFunction == null ? raw : wordFunction.apply(raw);
        String distSim = distSim(text);
        Word made = new Word(text, shape, distSim, distSim, shape);
        if (w == null) {
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            words.put(raw, made);
        }
        return made;
    }

    /** As NERFeatureFactory.distSimAnnotate: lower case, digits folded, the lexicon's class or the unknown class. */
    private String distSim(String word) {
        String w = WordShapeClassifier.wordShape(word.toLowerCase(), WordShapeClassifier.WORDSHAPEDIGITS);
        String c = lexicon.get(w);
        return c == null ? unknownDistSim : c;
    }

    /** True when the tokens carry nothing this class does not read (CoreNLP's path handles them). */
    static boolean plain(List<CoreLabel> document) {
        if (!document.isEmpty() && document.get(0).get(CoreAnnotations.DomainAnnotation.class) != null) {
            return false;
        }
        for (CoreLabel t : document) {
            if (t.get(CoreAnnotations.PartOfSpeechAnnotation.class) != null
                    || t.get(CoreAnnotations.StackedNamedEntityTagAnnotation.class) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * data[position][clique][feature index] as CRFClassifier.documentToDataAndLabels makes it, or
     * null when a clique would not fit the 128-slot set (the caller then asks CoreNLP).
     */
    int[][][] data(List<CoreLabel> document) {
        int n = document.size();
        Word[] w = new Word[n];
        for (int i = 0; i < n; i++) {
            w[i] = word(document.get(i));
        }
        int[][][] data = new int[n][2][];
        Clique set = new Clique();
        for (int loc = 0; loc < n; loc++) {
            data[loc][0] = nodeFeatures(w, loc, set);
            data[loc][1] = edgeFeatures(w, loc, set);
            if (data[loc][0] == null || data[loc][1] == null) {
                return null;
            }
        }
        return data;
    }

    private Word at(Word[] w, int i) {
        return i < 0 || i >= w.length ? pad : w[i];
    }

    /** NERFeatureFactory.featuresC for these flags, in its order. */
    private int[] nodeFeatures(Word[] w, int loc, Clique out) {
        out.clear();
        Word p = at(w, loc - 1);
        Word c = w[loc];
        Word n = at(w, loc + 1);
        out.add(c.cDistSim);
        out.add(c.cWord);
        out.add(p.pWord);
        out.add(p.pDistSim);
        out.add(n.nWord);
        out.add(n.nDistSim);
        out.add(classFeature);
        for (int g : c.ngrams) {
            out.add(g);
        }
        out.add(c.cType);
        out.add(p.pType);
        out.add(n.nType);
        out.add(idx(p.text + "..." + c.shape + "-PW_CTYPE|C"));
        out.add(idx(c.shape + "..." + n.text + "-NW_CTYPE|C"));
        out.add(idx(p.shape + "..." + c.shape + "-PCTYPE|C"));
        out.add(idx(c.shape + "..." + n.shape + "-CNTYPE|C"));
        out.add(idx(p.shape + "..." + c.shape + "..." + n.shape + "-PCNTYPE|C"));
        if (p.text.length() <= 3) {
            out.add(idx(at(w, loc - 2).text + "..." + c.shape + "-PPW_CTYPE|C"));
        }
        if (n.text.length() <= 3) {
            out.add(idx(at(w, loc + 2).text + "..." + c.shape + "-NNW_CTYPE|C"));
        }
        occurrencePatterns(w, loc, out);
        for (int i = 1; i <= DISJUNCTION_WIDTH; i++) {
            out.add(at(w, loc + i).disjN);
            out.add(at(w, loc - i).disjP);
        }
        return out.ordered();
    }

    /**
     * NERFeatureFactory.occurrencePatterns for tokens without part-of-speech tags: a capitalised
     * word followed by a lower-case one, seen again 3 to 149 tokens later or earlier.
     */
    private void occurrencePatterns(Word[] w, int loc, Clique out) {
        String word = w[loc].text;
        String nWord = at(w, loc + 1).text;
        String pWord = at(w, loc - 1).text;
        if (!(isNameCase(word) && noUpperCase(nWord) && hasLetter(nWord) && hasLetter(pWord) && loc > 0)) {
            out.add(noOccurrence);
            return;
        }
        for (int jump = 3; jump < OCCURRENCE_JUMPS; jump++) {
            if (at(w, loc + jump).text.equals(word)) {
                out.add(nextOccurrence);
            }
        }
        for (int jump = -3; jump > -OCCURRENCE_JUMPS; jump--) {
            if (at(w, loc + jump).text.equals(word)) {
                out.add(prevOccurrence);
            }
        }
    }

    /** NERFeatureFactory.featuresCpC (featuresCnC adds nothing without useNextSequences), in its order. */
    private int[] edgeFeatures(Word[] w, int loc, Clique out) {
        out.clear();
        Word p = at(w, loc - 1);
        Word c = w[loc];
        Word n = at(w, loc + 1);
        out.add(pseq);
        out.add(c.seqW);
        out.add(idx(p.text + "-" + c.text + "-PSEQW2|CpC"));
        out.add(p.seqPW);
        out.add(p.seqPDistSim);
        out.add(c.seqCDistSim);
        out.add(idx(edge(p) + "-" + edge(c) + "-PSEQpcDS|CpC"));
        out.add(p.seqPShape);
        out.add(c.seqCShape);
        out.add(idx(p.shape + "-" + c.shape + "-TYPES|CpC"));
        out.add(c.tps2);
        out.add(n.tns1);
        return out.ordered();
    }

    private static String edge(Word w) {
        return w.edgeDistSim;
    }

    private static boolean isNameCase(String str) {
        if (str.length() < 2) {
            return false;
        }
        if (!(Character.isUpperCase(str.charAt(0)) || Character.isTitleCase(str.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noUpperCase(String str) {
        if (str.isEmpty()) {
            return false;
        }
        for (int i = 0; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String str) {
        for (int i = 0; i < str.length(); i++) {
            if (Character.isLetter(str.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The feature set of one clique: known feature ids as added, then put in HashSet order with
     * repeats dropped (a repeat has the same string, so the same slot, and the first one stays).
     * {@code added} counts every add, unknown features too, for the 96-entry limit.
     */
    private final class Clique {
        private int[] ids = new int[64];
        private int[] keys = new int[64];
        private final int[] starts = new int[SLOTS + 1];
        private int size;
        private int added;

        void clear() {
            size = 0;
            added = 0;
        }

        void add(int id) {
            added++;
            if (id < 0) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            ids[size++] = id;
        }

        /** Known ids in HashSet iteration order: by slot, then first insertion; null past 96 adds. */
        int[] ordered() {
            if (added > MAX_IN_SET) {
                return null;
            }
            // by slot, then by insertion: a counting sort over the 128 slots (stable); Arrays.sort of
            // slot << 16 | i, an insertion sort at these sizes, was 9% of the entity step in a JFR
            // profile of the job
            Arrays.fill(starts, 0);
            for (int i = 0; i < size; i++) {
                starts[slotOf[ids[i]] + 1]++;
            }
            for (int b = 1; b <= SLOTS; b++) {
                starts[b] += starts[b - 1];
            }
            for (int i = 0; i < size; i++) {
                int slot = slotOf[ids[i]];
                keys[starts[slot]++] = slot << 16 | i; // size < 2^16: at most ~50 adds per clique
            }
            int[] out = new int[size];
            int n = 0;
            int runStart = 0;
            int runSlot = -1;
            for (int i = 0; i < size; i++) {
                int slot = keys[i] >>> 16;
                int id = ids[keys[i] & 0xFFFF];
                if (slot != runSlot) {
                    runSlot = slot;
                    runStart = n;
                } else if (contains(out, runStart, n, id)) {
                    continue;
                }
                out[n++] = id;
            }
            return n == size ? out : Arrays.copyOf(out, n);
        }

        private static boolean contains(int[] a, int from, int to, int id) {
            for (int i = from; i < to; i++) {
                if (a[i] == id) {
                    return true;
                }
            }
            return false;
        }
    }
}

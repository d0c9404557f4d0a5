package io.gazette.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The main-text metrics of the reference scorer ({@code ../shared/tools/score_extraction.py}),
 * reproduced exactly so that {@code evaluate} and the Python script agree on the same predictions.
 *
 * <p>Shingle metric (Scrapinghub's article-extraction benchmark): text to tokens = maximal runs of
 * Python's {@code \w} (see {@link #isWordChar}); tokens to 4-token shingles counted as a multiset (a
 * text of 1-3 tokens is one shingle, an empty one none); per page TP/FP/FN; precision averaged over
 * pages whose prediction has a shingle, recall over pages whose gold has one, F1 of the two means.
 *
 * <p>Word metric (WCXB): lower-cased tokens as a bag; plain means of per-page P, R, F1.
 */
public final class TextMetrics {
    static final int SHINGLE = 4;

    private TextMetrics() {
    }

    /**
     * Python's {@code re} {@code \w} on str patterns: letters (L*), anything with a numeric value
     * (Nd, Nl, No) and the underscore. Unlike Java's Unicode {@code \w} it excludes combining marks
     * (Mn, Mc), which split Devanagari or Thai words into several tokens; the reference does that too.
     */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Maximal runs of word characters, case kept. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> toks) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() < SHINGLE) {
            out.put(List.copyOf(toks), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= toks.size(); i++) {
            out.merge(toks.subList(i, i + SHINGLE), 1, Integer::sum);
        }
        return out;
    }

    /** One page under the shingle metric: raw shingle counts and whether the token lists are equal. */
    public record PageScore(int tp, int fp, int fn, boolean exact) {
        public boolean hasPrediction() {
            return tp + fp > 0;
        }

        public boolean hasGold() {
            return tp + fn > 0;
        }

        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        }

        /** 2TP/(2TP+FP+FN), or NaN when both texts are empty. */
        public double f1() {
            int d = 2 * tp + fp + fn;
            return d > 0 ? 2.0 * tp / d : Double.NaN;
        }
    }

    public static PageScore page(String gold, String predicted) {
        List<String> gt = tokens(gold);
        List<String> pt = tokens(predicted);
        Map<List<String>, Integer> t = shingles(gt);
        Map<List<String>, Integer> p = shingles(pt);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (List<String> k : keys) {
            int a = t.getOrDefault(k, 0);
            int b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            if (b > a) {
                fp += b - a;
            } else {
                fn += a - b;
            }
        }
        return new PageScore(tp, fp, fn, gt.equals(pt));
    }

    /** The benchmark aggregation over pages. */
    public record Aggregate(int pages, int emptyPredictions, double precision, double recall, double f1,
                            double accuracy, double meanPageF1) {
    }

    public static Aggregate aggregate(List<PageScore> rows) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        double exact = 0;
        double f1Sum = 0;
        int f1N = 0;
        int empty = 0;
        for (PageScore r : rows) {
            if (r.hasPrediction()) {
                pSum += r.precision();
                pN++;
            } else {
                empty++;
            }
            if (r.hasGold()) {
                rSum += r.recall();
                rN++;
            }
            if (r.exact()) {
                exact++;
            }
            double f = r.f1();
            if (!Double.isNaN(f)) {
                f1Sum += f;
                f1N++;
            }
        }
        double p = pN > 0 ? pSum / pN : Double.NaN;
        double rec = rN > 0 ? rSum / rN : Double.NaN;
        double f1 = p + rec > 0 ? 2 * p * rec / (p + rec) : 0.0;
        return new Aggregate(rows.size(), empty, p, rec, f1, rows.isEmpty() ? Double.NaN : exact / rows.size(),
                f1N > 0 ? f1Sum / f1N : Double.NaN);
    }

    /** WCXB's word metric for one page: {precision, recall, f1}. */
    public static double[] wordsPage(String gold, String predicted) {
        List<String> t = tokens(gold == null ? "" : gold.toLowerCase(Locale.ROOT));
        List<String> p = tokens(predicted == null ? "" : predicted.toLowerCase(Locale.ROOT));
        if (t.isEmpty()) {
            return p.isEmpty() ? new double[]{1, 1, 1} : new double[]{0, 0, 0};
        }
        if (p.isEmpty()) {
            return new double[]{0, 0, 0};
        }
        Map<String, Integer> tc = new HashMap<>();
        t.forEach(x -> tc.merge(x, 1, Integer::sum));
        Map<String, Integer> pc = new HashMap<>();
        p.forEach(x -> pc.merge(x, 1, Integer::sum));
        int ov = 0;
        for (var e : pc.entrySet()) {
            ov += Math.min(e.getValue(), tc.getOrDefault(e.getKey(), 0));
        }
        double pr = (double) ov / p.size();
        double rc = (double) ov / t.size();
        return new double[]{pr, rc, pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0.0};
    }
}

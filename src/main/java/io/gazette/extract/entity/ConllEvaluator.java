package io.gazette.extract.entity;

import io.gazette.model.EntityType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores an {@link EntityRecognizer} on CoNLL-format data (one token per line, first column the
 * token, last column the gold tag; a blank line ends a sentence; {@code -DOCSTART-} starts a
 * document), the conlleval way: an entity counts only when its type and exact token span match a
 * gold entity; micro precision, recall and F1 over PER, ORG and LOC. Gold MISC entities are left
 * out, as the 3-class model has no such class.
 *
 * <p>The recogniser sees what it sees in production, plain text: each document's tokens joined by
 * spaces, one sentence per line. Its char spans are mapped back to the tokens they overlap, so a
 * tokenizer that splits differently from CoNLL costs exactly what it costs on real text.
 *
 * <p>{@code java ... io.gazette.extract.entity.ConllEvaluator <conll-file> [<predictions-out>] [--model <path>] [--warmup N]}
 * prints the scores; the predictions file holds one {@code token TAG} line per token (IOB2) and can
 * be cross-checked with {@code ../shared/tools/score_ner.py}. The speed is that of one thread after
 * N untimed passes over the file (default 1), so that it measures the JIT-compiled tagger.
 */
public final class ConllEvaluator {

    /** The types scored; the recogniser knows no others. */
    public static final List<EntityType> TYPES = List.of(EntityType.PER, EntityType.ORG, EntityType.LOC);

    private ConllEvaluator() {
    }

    /** A CoNLL token with its gold tag, and the tag the recogniser gave it ("O" until tagged). */
    static final class Token {
        final String text;
        final String gold;
        String predicted = "O";
        int begin;
        int end;

        Token(String text, String gold) {
            this.text = text;
            this.gold = gold;
        }
    }

    /** Counts for one type: gold entities, predicted entities, exact matches. */
    public record Counts(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, correct + o.correct);
        }
    }

    /**
     * @param perType      counts per scored type
     * @param overall      micro counts over all scored types
     * @param tokens       CoNLL tokens tagged
     * @param taggingNanos time spent inside {@link EntityRecognizer#recognize} (tokenizing included)
     */
    public record Result(Map<EntityType, Counts> perType, Counts overall, int documents, int tokens, long taggingNanos) {
        public double tokensPerSecond() {
            return taggingNanos == 0 ? 0 : tokens * 1e9 / taggingNanos;
        }

        /** A few lines for a terminal or a run report. */
        public String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%d documents, %d tokens, %.0f tokens/s (one thread, tokenizing included)%n",
                    documents, tokens, tokensPerSecond()));
            sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s  %6s %6s %6s%n", "type", "gold", "pred", "ok", "P", "R", "F1"));
            for (var e : perType.entrySet()) {
                sb.append(line(e.getKey().name(), e.getValue()));
            }
            sb.append(line("overall", overall));
            sb.append(String.format(Locale.ROOT, "F1 %.4f%n", overall.f1()));
            return sb.toString();
        }

        private static String line(String name, Counts c) {
            return String.format(Locale.ROOT, "%-8s %6d %6d %6d  %6.4f %6.4f %6.4f%n",
                    name, c.gold(), c.predicted(), c.correct(), c.precision(), c.recall(), c.f1());
        }
    }

    /** Tags every document of a CoNLL file and scores it; writes predictions when {@code predictionsOut} is not null. */
    public static Result evaluate(EntityRecognizer recognizer, Path conll, Path predictionsOut) {
        List<List<List<Token>>> documents = read(conll);
        long nanos = 0;
        int tokenCount = 0;
        for (List<List<Token>> document : documents) {
            String text = layOut(document);
            long start = System.nanoTime();
            List<EntityMention> mentions = recognizer.recognize(text);
            nanos += System.nanoTime() - start;
            project(mentions, document);
            for (List<Token> sentence : document) {
                tokenCount += sentence.size();
            }
        }
        if (predictionsOut != null) {
            writePredictions(documents, predictionsOut);
        }
        Map<EntityType, Counts> perType = new EnumMap<>(EntityType.class);
        Counts overall = new Counts(0, 0, 0);
        for (EntityType type : TYPES) {
            Counts c = score(documents, type.name());
            perType.put(type, c);
            overall = overall.plus(c);
        }
        return new Result(perType, overall, documents.size(), tokenCount, nanos);
    }

    /** Documents, as lists of sentences, as lists of tokens. */
    static List<List<List<Token>>> read(Path conll) {
        List<String> lines;
        try {
            lines = Files.readAllLines(conll, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + conll, e);
        }
        List<List<List<Token>>> documents = new ArrayList<>();
        List<List<Token>> document = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!sentence.isEmpty()) {
                    document.add(sentence);
                    sentence = new ArrayList<>();
                }
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            if (cols[0].equals("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    document.add(sentence);
                    sentence = new ArrayList<>();
                }
                if (!document.isEmpty()) {
                    documents.add(document);
                    document = new ArrayList<>();
                }
                continue;
            }
            sentence.add(new Token(cols[0], cols.length > 1 ? cols[cols.length - 1] : "O"));
        }
        if (!sentence.isEmpty()) {
            document.add(sentence);
        }
        if (!document.isEmpty()) {
            documents.add(document);
        }
        return documents;
    }

    /** The document as plain text (tokens joined by spaces, sentences by newlines), recording each token's span. */
    static String layOut(List<List<Token>> document) {
        StringBuilder sb = new StringBuilder();
        for (List<Token> sentence : document) {
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                Token t = sentence.get(i);
                t.begin = sb.length();
                sb.append(t.text);
                t.end = sb.length();
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Gives each token the IOB2 tag of the mention that overlaps it. */
    static void project(List<EntityMention> mentions, List<List<Token>> document) {
        List<Token> all = new ArrayList<>();
        document.forEach(all::addAll);
        int i = 0;
        for (EntityMention m : mentions) {
            while (i < all.size() && all.get(i).end <= m.begin()) {
                i++;
            }
            boolean first = true;
            for (int j = i; j < all.size() && all.get(j).begin < m.end(); j++) {
                Token t = all.get(j);
                if (!t.predicted.equals("O")) {
                    continue; // two mentions inside one CoNLL token: the first one keeps it
                }
                t.predicted = (first ? "B-" : "I-") + m.type().name();
                first = false;
            }
        }
    }

    /** Entity spans of one type in one sentence as "start:end" keys, conlleval's chunk rules (IOB1 and IOB2). */
    static Set<String> spans(List<Token> sentence, String type, boolean gold) {
        Set<String> out = new HashSet<>();
        int start = -1;
        String prevType = "O";
        for (int i = 0; i <= sentence.size(); i++) {
            String tag = i < sentence.size() ? (gold ? sentence.get(i).gold : sentence.get(i).predicted) : "O";
            String prefix = tag.equals("O") ? "O" : tag.substring(0, 1);
            String tagType = tag.equals("O") ? "O" : tag.substring(2);
            boolean begins = !tagType.equals("O") && (prefix.equals("B") || prefix.equals("S") || !tagType.equals(prevType));
            boolean ends = !prevType.equals("O") && (begins || tagType.equals("O") || !tagType.equals(prevType));
            if (ends && prevType.equals(type)) {
                out.add(start + ":" + i);
            }
            if (begins) {
                start = i;
            }
            prevType = tagType;
            if (prefix.equals("E") || prefix.equals("S")) {
                // IOBES: the chunk is closed after this token
                if (tagType.equals(type)) {
                    out.add(start + ":" + (i + 1));
                }
                prevType = "O";
            }
        }
        return out;
    }

    private static Counts score(List<List<List<Token>>> documents, String type) {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (List<List<Token>> document : documents) {
            for (List<Token> sentence : document) {
                Set<String> g = spans(sentence, type, true);
                Set<String> p = spans(sentence, type, false);
                gold += g.size();
                predicted += p.size();
                p.retainAll(g);
                correct += p.size();
            }
        }
        return new Counts(gold, predicted, correct);
    }

    private static void writePredictions(List<List<List<Token>>> documents, Path out) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (List<List<Token>> document : documents) {
                w.write("-DOCSTART- O\n\n");
                for (List<Token> sentence : document) {
                    for (Token t : sentence) {
                        w.write(t.text + " " + t.predicted + "\n");
                    }
                    w.write("\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** Tags every document once without scoring, to warm the JIT before a timed run. */
    public static void warmUp(EntityRecognizer recognizer, Path conll) {
        for (List<List<Token>> document : read(conll)) {
            recognizer.recognize(layOut(document));
        }
    }

    public static void main(String[] args) {
        Path conll = null;
        Path predictions = null;
        String model = CoreNlpRecognizer.DEFAULT_MODEL;
        int warmup = 1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model") && i + 1 < args.length) {
                model = args[++i];
            } else if (args[i].equals("--warmup") && i + 1 < args.length) {
                warmup = Integer.parseInt(args[++i]);
            } else if (conll == null) {
                conll = Path.of(args[i]);
            } else {
                predictions = Path.of(args[i]);
            }
        }
        if (conll == null) {
            System.err.println("usage: ConllEvaluator <conll-file> [<predictions-out>] [--model <classpath-or-file>] [--warmup N]");
            System.exit(2);
        }
        long start = System.nanoTime();
        CoreNlpRecognizer recognizer = CoreNlpRecognizer.shared(model);
        System.out.printf(Locale.ROOT, "model %s loaded in %d ms%n", model, (System.nanoTime() - start) / 1_000_000);
        for (int i = 0; i < warmup; i++) {
            warmUp(recognizer, conll);
        }
        System.out.print(evaluate(recognizer, conll, predictions).report());
    }
}

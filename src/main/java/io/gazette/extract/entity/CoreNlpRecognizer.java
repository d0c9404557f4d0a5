package io.gazette.extract.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import io.gazette.model.EntityType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stanford CoreNLP's linear-chain CRF with a 3-class model (PERSON, ORGANIZATION, LOCATION),
 * without the rest of the CoreNLP pipeline: the full pipeline tags no better and is ~50x slower.
 *
 * <p>One classifier per model per JVM ({@link #shared}): loading takes 2-4 s and ~115 MB of heap,
 * so an executor loads it once and all its task threads share it. Classification only reads the
 * model once {@code maxAdditionalKnownLCWords} is 0 (see {@link #load}), which is what makes the
 * sharing safe and the tags independent of what the JVM tagged before.
 */
public final class CoreNlpRecognizer implements EntityRecognizer {

    /** Classpath path of the model that the build copies out of CoreNLP's models jar. */
    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private static final Map<String, CoreNlpRecognizer> SHARED = new ConcurrentHashMap<>();

    /*
     * Newlines become tokens so that the sentence splitter sees paragraph breaks (a blank line);
     * invertible=false skips the before/after whitespace bookkeeping we do not read (offsets are
     * kept either way); untokenizable characters are dropped silently instead of logging a warning.
     */
    private static final TokenizerFactory<CoreLabel> TOKENIZERS = PTBTokenizer.PTBTokenizerFactory
            .newCoreLabelTokenizerFactory("tokenizeNLs=true,invertible=false,untokenizable=noneDelete");
    /*
     * A blank line ends a sentence, a single line break does not: a headline, a caption or a dateline
     * line gives the CRF useful context for the line after it (on CoNLL, where every sentence is a
     * line, breaking at every newline cost 0.004 F1). A mention never crosses a line break (collect).
     */
    private static final WordToSentenceProcessor<CoreLabel> SENTENCES =
            new WordToSentenceProcessor<>(WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE);

    private final CRFClassifier<CoreLabel> classifier;
    private final String background;
    private final long loadMillis;

    private CoreNlpRecognizer(CRFClassifier<CoreLabel> classifier, long loadMillis) {
        this.classifier = classifier;
        this.background = classifier.backgroundSymbol();
        this.loadMillis = loadMillis;
    }

    /**
     * The recogniser for a model, loaded on first use and then shared by every caller in this JVM.
     *
     * @param model a classpath resource or a file path of a serialised CRFClassifier (.ser.gz)
     * @throws IllegalStateException when the model cannot be read
     */
    public static CoreNlpRecognizer shared(String model) {
        return SHARED.computeIfAbsent(model, CoreNlpRecognizer::load);
    }

    private static CoreNlpRecognizer load(String model) {
        long start = System.nanoTime();
        Properties props = new Properties();
        // Otherwise the classifier adds every lower-case word it sees to a set its shape features
        // read: tags would depend on earlier documents, and threads would race on the set.
        props.setProperty("maxAdditionalKnownLCWords", "0");
        try {
            CRFClassifier<CoreLabel> crf = FastCrfClassifier.load(model, props);
            return new CoreNlpRecognizer(crf, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException("cannot load the NER model '" + model
                    + "' (a classpath resource or a file; the build copies the default one into the jar)", e);
        }
    }

    /** The classifier itself (tests look inside). */
    CRFClassifier<CoreLabel> classifier() {
        return classifier;
    }

    /** How long loading the model took, for the run report. */
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public List<EntityMention> recognize(String text) {
        List<EntityMention> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<CoreLabel> tokens = TOKENIZERS.getTokenizer(new StringReader(text)).tokenize();
        for (List<CoreLabel> sentence : SENTENCES.process(tokens)) {
            // The splitter drops newline tokens itself; this guards against a CoreNLP that does not,
            // as the model never saw them in training.
            sentence.removeIf(t -> PTBTokenizer.getNewlineToken().equals(t.word()));
            if (!sentence.isEmpty()) {
                collect(text, classifier.classifySentence(sentence), out);
            }
        }
        return out;
    }

    /**
     * Turns per-token labels into spans: adjacent tokens with the same label on the same line form
     * one mention (two names in a list, one per line, stay two names).
     */
    private void collect(String text, List<CoreLabel> tagged, List<EntityMention> out) {
        EntityType open = null;
        int begin = -1;
        int end = -1;
        for (CoreLabel token : tagged) {
            EntityType type = typeOf(token.get(CoreAnnotations.AnswerAnnotation.class));
            if (type != open || (open != null && lineBreakBetween(text, end, token.beginPosition()))) {
                if (open != null) {
                    out.add(new EntityMention(open, begin, end, text.substring(begin, end)));
                }
                open = type;
                begin = token.beginPosition();
            }
            end = token.endPosition();
        }
        if (open != null) {
            out.add(new EntityMention(open, begin, end, text.substring(begin, end)));
        }
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private EntityType typeOf(String label) {
        if (label == null || label.equals(background)) {
            return null;
        }
        return switch (label) {
            case "PERSON", "PER" -> EntityType.PER;
            case "ORGANIZATION", "ORG" -> EntityType.ORG;
            case "LOCATION", "LOC" -> EntityType.LOC;
            default -> null; // MISC and the classes of larger models are not part of our output
        };
    }
}

package io.gazette.extract.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import io.gazette.testing.SharedEval;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The faster classifier must tag exactly as CoreNLP's own one does. */
class FastCrfClassifierTest {

    @Test
    void theTableFindsEveryFeatureAndNothingElse() {
        Index<String> index = new HashIndex<>();
        for (int i = 0; i < 5_000; i++) {
            index.add("w" + i + "-WORD|C");
        }
        FastCrfClassifier.FeatureTable table = FastCrfClassifier.FeatureTable.build(index);
        assertNotNull(table);
        for (int i = 0; i < 5_000; i++) {
            assertEquals(i, table.indexOf("w" + i + "-WORD|C"));
            assertEquals(-1, table.indexOf("w" + i + "-PW|C"));
        }
        assertEquals(-1, table.indexOf(""));
    }

    @Test
    void theFilterKeepsEveryFeatureAndTurnsAwayMostOthers() {
        Index<String> index = new HashIndex<>();
        for (int i = 0; i < 50_000; i++) {
            index.add("w" + i + "...Xx-PW_CTYPE|C");
        }
        FastCrfClassifier.FeatureTable table = FastCrfClassifier.FeatureTable.build(index);
        assertNotNull(table);
        for (int i = 0; i < 50_000; i++) {
            assertTrue(table.mayHold(FastCrfClassifier.FeatureTable.fingerprint("w" + i + "...Xx-PW_CTYPE|C")));
        }
        // ~12 bits per feature, six probes: about 1% of unknown features get past it to the table
        int passed = 0;
        for (int i = 0; i < 100_000; i++) {
            passed += table.mayHold(FastCrfClassifier.FeatureTable.fingerprint("u" + i + "...xx-NW_CTYPE|C")) ? 1 : 0;
        }
        assertTrue(passed < 3_000, passed + " of 100,000 unknown features passed the filter");
    }

    @Test
    void sameTagsAsCoreNlpsClassifierOnConllDev() throws Exception {
        Path conll = SharedEval.require("ner").resolve("conll2003-dev.txt");
        Properties props = new Properties();
        props.setProperty("maxAdditionalKnownLCWords", "0");
        FastCrfClassifier fast = FastCrfClassifier.load(CoreNlpRecognizer.DEFAULT_MODEL, props);
        assertTrue(fast.usesTable(), "a fingerprint clash in the model's features");
        CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(CoreNlpRecognizer.DEFAULT_MODEL, props);

        int tokens = 0;
        for (var doc : ConllEvaluator.read(conll).subList(0, 80)) {
            for (String line : ConllEvaluator.layOut(doc).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> expected = answers(stock.classifySentence(tokenize(line)));
                List<String> actual = answers(fast.classifySentence(tokenize(line)));
                assertEquals(expected, actual, line);
                tokens += expected.size();
            }
        }
        assertTrue(tokens > 10_000, "only " + tokens + " tokens compared");
    }

    @Test
    void wordFeaturesAreCoreNlpsFeaturesInCoreNlpsOrder() throws Exception {
        Path conll = SharedEval.require("ner").resolve("conll2003-dev.txt");
        FastCrfClassifier fast = (FastCrfClassifier) CoreNlpRecognizer.shared(CoreNlpRecognizer.DEFAULT_MODEL).classifier();
        assertTrue(fast.usesWordFeatures(), "the model's flags no longer match crf-flags.txt");
        List<String> texts = new ArrayList<>();
        for (var doc : ConllEvaluator.read(conll).subList(0, 80)) {
            texts.addAll(List.of(ConllEvaluator.layOut(doc).split("\n")));
        }
        // Boundaries: a one-token sentence, padding on both sides, names repeated far apart.
        texts.add("Paris");
        texts.add("Mr. Li met Li Peng in Beijing ; Li said Li would return to Beijing and to Peng 's home .");
        int tokens = 0;
        for (String line : texts) {
            if (line.isBlank()) {
                continue;
            }
            List<CoreLabel> classified = fast.classifySentence(tokenize(line));
            int[][][] expected = fast.coreNlpData(classified);
            int[][][] actual = fast.wordData(classified);
            assertNotNull(actual, line);
            for (int i = 0; i < expected.length; i++) {
                for (int k = 0; k < expected[i].length; k++) {
                    assertEquals(Arrays.toString(expected[i][k]), Arrays.toString(actual[i][k]),
                            "token " + i + " '" + classified.get(i).word() + "' clique " + k + " of: " + line);
                }
            }
            tokens += expected.length;
        }
        assertTrue(tokens > 10_000, "only " + tokens + " tokens compared");
    }

    private static List<CoreLabel> tokenize(String text) {
        return new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "invertible=false").tokenize();
    }

    private static List<String> answers(List<CoreLabel> tagged) {
        List<String> out = new ArrayList<>();
        for (CoreLabel t : tagged) {
            out.add(t.word() + "/" + t.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return out;
    }
}

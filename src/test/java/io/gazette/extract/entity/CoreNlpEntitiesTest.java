package io.gazette.extract.entity;

import io.gazette.config.GazetteOptions;
import io.gazette.model.Entity;
import io.gazette.model.EntityResult;
import io.gazette.model.EntityStatus;
import io.gazette.model.EntityType;
import io.gazette.testing.SharedEval;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real CRF through the analyzer: the model loads from the classpath and tags what the issue asks for. */
class CoreNlpEntitiesTest {

    private static final GazetteOptions.Entities ON =
            new GazetteOptions.Entities(true, CoreNlpRecognizer.DEFAULT_MODEL, 100_000);

    private static Entity require(EntityResult r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + r.entities()));
    }

    /** The seed page (../shared/seed next to the eval folder); the test is skipped where it is absent. */
    private static String seedText() throws Exception {
        Path root = SharedEval.rootOrNull();
        Path seed = root == null ? null : root.getParent().resolve("seed/indianexpress-2022-09-08-scraped.txt");
        Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed),
                "seed page not found (../shared/seed next to ../shared/eval)");
        return Files.readString(seed, StandardCharsets.UTF_8);
    }

    @Test
    void theModelIsLoadedOncePerJvm() {
        assertSame(CoreNlpRecognizer.shared(CoreNlpRecognizer.DEFAULT_MODEL),
                CoreNlpRecognizer.shared(CoreNlpRecognizer.DEFAULT_MODEL));
    }

    @Test
    void seedPage() throws Exception {
        String text = seedText();
        EntityResult result = EntityAnalyzer.create(ON).analyze(text, "en");
        assertEquals(EntityStatus.TAGGED, result.status());

        Entity singh = require(result, "Rajnath Singh");
        assertEquals(EntityType.PER, singh.type());
        // Three full mentions in the story body plus at least one bare "Singh" merged into it.
        assertTrue(singh.mentions() >= 4, singh.toString());
        assertTrue(text.startsWith("Rajnath Singh", singh.firstOffset()), "offset points at the name");
        assertTrue(result.persons().stream().noneMatch(p -> p.equals("Singh")), result.persons().toString());

        Entity hamada = require(result, "Yasukazu Hamada");
        assertEquals(EntityType.PER, hamada.type());
        // "Minister of Defence Hamada": the CRF tags "Defence Hamada" as ORG; it must count for him.
        assertTrue(hamada.mentions() >= 3, hamada.toString());
        assertTrue(result.entities().stream().noneMatch(e -> e.name().contains("Hamada") && e != hamada),
                result.entities().toString());

        assertTrue(result.persons().containsAll(List.of("S Jaishankar", "Fumio Kishida")), result.persons().toString());
        assertTrue(result.organizations().containsAll(List.of("Ministry of Defence", "PTI")), result.organizations().toString());
        assertTrue(result.locations().containsAll(List.of("Japan", "Tokyo", "India", "Mongolia", "China")),
                result.locations().toString());
        assertTrue(result.countries().containsAll(List.of("JP", "IN", "MN", "CN")), result.countries().toString());
        assertEquals("JP", result.countries().get(0), "Japan is the first country the page names");
        assertEquals(List.of("@rajnathsingh"), result.handles());
        assertEquals(List.of("PTI"), result.agencies());
        // No title survives in a person's name.
        for (String p : result.persons()) {
            assertTrue(!p.startsWith("Defence") && !p.startsWith("Minister") && !p.startsWith("Mr"), p);
        }
    }

    @Test
    void aWireStory() {
        // Written for this test.
        String text = "TOKYO (Reuters) - Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden "
                + "at the White House on Friday, the Foreign Ministry said.\n\n"
                + "Kishida told reporters that Biden had promised support. Mr. Biden later flew to Seoul.";
        EntityResult result = EntityAnalyzer.create(ON).analyze(text, "en-US");
        assertEquals("Tokyo", result.dateline());
        assertEquals(List.of("Reuters"), result.agencies());
        assertEquals(2, require(result, "Fumio Kishida").mentions());
        assertEquals(3, require(result, "Joe Biden").mentions());
        assertEquals(EntityType.LOC, require(result, "Tokyo").type());
        assertEquals(List.of("JP", "US"), result.countries().subList(0, 2));
    }

    @Test
    void recognizerOffsetsPointIntoTheText() {
        String text = "Angela Merkel visited Paris.\nShe met officials of the European Union.";
        List<EntityMention> mentions = CoreNlpRecognizer.shared(CoreNlpRecognizer.DEFAULT_MODEL).recognize(text);
        assertTrue(mentions.size() >= 3, mentions.toString());
        for (EntityMention m : mentions) {
            assertEquals(text.substring(m.begin(), m.end()), m.text());
        }
        assertEquals(EntityType.PER, mentions.get(0).type());
        assertEquals("Angela Merkel", mentions.get(0).text());
    }

    @Test
    void aMentionNeverCrossesALineBreak() {
        // Two names on consecutive lines (a list, a caption and a byline) stay two names.
        String text = "Speakers:\nAngela Merkel\nEmmanuel Macron\n";
        List<EntityMention> mentions = CoreNlpRecognizer.shared(CoreNlpRecognizer.DEFAULT_MODEL).recognize(text);
        assertTrue(mentions.stream().noneMatch(m -> m.text().contains("\n")), mentions.toString());
    }

    @Test
    void threadsSharingTheModelGetTheSameTagsAsOneThread() throws Exception {
        // Documents of the CoNLL dev set, tagged alone and then by two threads at once in opposite orders.
        Path conll = SharedEval.require("ner").resolve("conll2003-dev.txt");
        List<String> texts = new ArrayList<>();
        for (var doc : ConllEvaluator.read(conll).subList(0, 40)) {
            texts.add(ConllEvaluator.layOut(doc));
        }
        CoreNlpRecognizer r = CoreNlpRecognizer.shared(CoreNlpRecognizer.DEFAULT_MODEL);
        List<List<EntityMention>> alone = new ArrayList<>();
        for (String t : texts) {
            alone.add(r.recognize(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<List<EntityMention>>> forward = pool.submit(() -> {
                List<List<EntityMention>> out = new ArrayList<>();
                for (String t : texts) {
                    out.add(r.recognize(t));
                }
                return out;
            });
            Future<List<List<EntityMention>>> backward = pool.submit(() -> {
                List<List<EntityMention>> out = new ArrayList<>();
                for (int i = texts.size() - 1; i >= 0; i--) {
                    out.add(0, r.recognize(texts.get(i)));
                }
                return out;
            });
            assertEquals(alone, forward.get());
            assertEquals(alone, backward.get());
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.extract.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gazette inspect}: one page as a person reads it, through Main as a user calls it. */
class InspectCommandTest {
    static final String SEED = "sample-data/text/indianexpress-2022-09-08-scraped.txt";
    static final String WARC = "sample-data/warc/cc-news-sample.warc.gz";
    static final String FAST = "--conf=entities=off"; // the CRF is exercised once, on the seed page

    @Test
    void theSeedPageShowsItsArticleDateAndEntities() {
        CliRun r = CliRun.of("inspect", SEED);
        assertEquals(0, r.code(), r::toString);
        String out = r.out();
        assertTrue(out.contains("status      article"), out);
        assertTrue(out.contains("Rajnath Singh in Japan: \u2018Should expand scope of partnership"), out);
        assertTrue(out.contains("outlet      indianexpress.com"), out);
        // the date with the rung of the cascade that found it
        assertTrue(out.lines().anyMatch(l -> l.startsWith("published   2022-09-08")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("date from   text:")), out);
        // entities with their type, and the countries they resolve to
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+PER\\s+Rajnath Singh\\s+\\d+×.*")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+LOC\\s+Japan\\s+\\d+×.*")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  countries") && l.contains("JP") && l.contains("IN")), out);
        // the kept text, wrapped, without the blocks around the article
        assertTrue(out.contains("  During bilateral talks with his Japanese counterpart"), out);
        assertFalse(out.contains("Subscriber Only Stories"), "no --explain: dropped blocks are not shown");
        assertTrue(out.lines().allMatch(l -> l.length() <= 100), "wrapped at --width 100");
    }

    @Test
    void explainShowsTheStepsInPipelineOrderAndTheDroppedBlocks() {
        CliRun r = CliRun.of("inspect", SEED, "--explain", FAST);
        assertEquals(0, r.code(), r::toString);
        String out = r.out();
        List<String> shown = new ArrayList<>();
        boolean inSteps = false;
        for (String l : out.lines().toList()) {
            if (l.equals("steps")) {
                inSteps = true;
            } else if (inSteps && l.matches("  \\S+\\s+\\d+\\.\\d ms.*")) {
                shown.add(l.strip().split("\\s+")[0]);
            } else if (inSteps) {
                break;
            }
        }
        List<String> expected = new Pipeline(GazetteOptions.defaults()).steps().stream().map(Step::name).toList();
        assertEquals(expected, shown, out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  date ") && l.contains("2022-09-08 from text")), out);
        // blocks: the article's paragraphs kept, the furniture around it dropped
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  + line ") && l.contains("During bilateral talks")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  - line ") && l.contains("Subscriber Only Stories")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  - line ") && l.contains("[metadata:title]")), out);
    }

    @Test
    void jsonIsTheExtractLinePlusTheTrace() throws Exception {
        CliRun r = CliRun.of("inspect", SEED, "--json", "--explain", FAST);
        assertEquals(0, r.code(), r::toString);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("article", j.get("status").asText());
        assertEquals("2022-09-08", j.get("publish_date").asText());
        assertTrue(j.get("date_source").asText().startsWith("text:"), j.get("date_source").asText());
        assertEquals("disabled", j.get("entity_status").asText());
        assertEquals(1, j.get("record").asInt());
        JsonNode steps = j.get("explain").get("steps");
        assertEquals("gate", steps.get(0).get("step").asText());
        assertEquals("ok", steps.get(0).get("result").asText());
        int kept = 0;
        int dropped = 0;
        for (JsonNode b : j.get("explain").get("blocks")) {
            if (b.get("kept").asBoolean()) {
                kept++;
            } else {
                dropped++;
            }
        }
        assertTrue(kept >= 7 && dropped > kept, "kept " + kept + ", dropped " + dropped);
        // without --explain: the same columns as extract writes, nothing more but the record number
        JsonNode plain = new ObjectMapper().readTree(CliRun.of("inspect", SEED, "--json", FAST).out());
        assertFalse(plain.has("explain"));
        assertEquals(j.get("text"), plain.get("text"));
    }

    @Test
    void aDumpIsListedAndOneRecordPicked() {
        CliRun list = CliRun.of("inspect", WARC, FAST);
        assertEquals(0, list.code(), list::toString);
        assertTrue(list.out().startsWith(WARC + " holds several records; pick one with --record N"), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("\\s+18\\s+\\d+\\s+https://www.tribune-ledger.com/.*\\[HTTP_STATUS]")),
                list.out());

        // by URL, written differently: the response record, not the request or metadata under the same URL
        CliRun byUrl = CliRun.of("inspect", WARC, "--url",
                "http://dailyharbour.co.uk/news/politics/chancellor-coastal-towns-fund-a9120344/?utm_source=x", FAST);
        assertEquals(0, byUrl.code(), byUrl::toString);
        assertTrue(byUrl.out().startsWith("record 3 of " + WARC + "  (offset 1054, warc)"), byUrl.out());
        assertTrue(byUrl.out().contains("Chancellor unveils"), byUrl.out());

        CliRun byRecord = CliRun.of("inspect", WARC, "--record", "18", "--explain", FAST);
        assertEquals(0, byRecord.code(), byRecord::toString);
        assertTrue(byRecord.out().contains("status      REJECTED HTTP_STATUS"), byRecord.out());
        assertTrue(byRecord.out().contains("at step gate"), byRecord.out());
        assertTrue(byRecord.out().contains("not run: decode, parse"), byRecord.out());

        CliRun byOffset = CliRun.of("inspect", WARC, "--offset", "1054", "--json", FAST);
        assertTrue(byOffset.out().contains("\"source_offset\":1054"), byOffset::toString);
    }

    @Test
    void mistakesGetOneLineAndExitCode2(@TempDir Path tmp) throws Exception {
        assertError(CliRun.of("inspect", "no/such/page.html"), "gazette: input not found: no/such/page.html");
        assertError(CliRun.of("inspect", "sample-data"), "gazette: sample-data is a folder; give one file in it");
        assertError(CliRun.of("inspect", WARC, "--record", "999", FAST),
                "gazette: no record 999 in " + WARC + " (it holds 28 records; run inspect without");
        assertError(CliRun.of("inspect", WARC, "--record", "2", "--url", "x"),
                "gazette: give one of --record, --offset and --url, not several");
        Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
        assertError(CliRun.of("inspect", empty.toString()), "gazette: " + empty + " holds no records");
    }

    static void assertError(CliRun r, String start) {
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.errorLines().startsWith(start), () -> "expected '" + start + "...', got:\n" + r);
        assertEquals(1, r.errorLines().lines().count(), r::toString);
        assertFalse(r.err().contains("\tat "), () -> "a stack trace: " + r);
    }
}

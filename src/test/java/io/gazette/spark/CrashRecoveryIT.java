package io.gazette.spark;

import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kill -9 of the driver in the middle of an incremental Delta run, twice, then a run to the end:
 * the table must equal the one an uninterrupted run writes. Runs the shaded jar under SparkSubmit,
 * as a scheduler would.
 */
class CrashRecoveryIT {

    /** Starts the job; when {@code killOn} appears in its log (and after {@code delayMs}), kills it. */
    private static int runJob(Path in, Path out, Path log, String killOn, long delayMs) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(Arrays.asList(System.getProperty("gazette.jvm.flags").trim().split("\\s+")));
        cmd.addAll(List.of("-cp", Files.readString(Path.of(System.getProperty("gazette.spark.classpath"))).strip(),
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
                "--conf", "spark.ui.enabled=false",
                "--class", "io.gazette.cli.Main", System.getProperty("gazette.jar"),
                "run", "--format", "delta", "--incremental", "--input", in.toString(), "--output", out.toString(),
                // one pass, so that the first kill lands in the extraction, not the learning pass
                "--conf", "learn.enabled=off"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = readLine(r, killed)) != null) {
                lines.add(line);
                if (killOn != null && !killed && line.contains(killOn)) {
                    Thread.sleep(delayMs);
                    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup, as a crash
                    killed = true;
                }
            }
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "job did not end");
        Files.write(log, lines);
        if (killOn != null) {
            assertTrue(killed, "the kill point never came: " + killOn + "\n" + String.join("\n", lines));
        }
        return p.exitValue();
    }

    /** After the kill the pipe may be closed under the reader: that is the end of the log. */
    private static String readLine(BufferedReader r, boolean killed) throws java.io.IOException {
        try {
            return r.readLine();
        } catch (java.io.IOException e) {
            if (killed) {
                return null;
            }
            throw e;
        }
    }

    private static List<String> rows(Path table) {
        List<String> out = new ArrayList<>();
        for (Row r : SparkTestSession.get().read().format("delta").load(table.toString()).drop("run_id")
                .collectAsList()) {
            out.add(r.toString());
        }
        out.sort(null);
        return out;
    }

    @Test
    void killedRunsThenACompleteOneGiveTheUninterruptedTable(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("night"));
        for (String f : List.of("warc/cc-news-sample.warc.gz", "warc/heritrix-wholefile.warc.gz",
                "jsonl/crawl-export.jsonl", "jsonl/news-please-export.jsonl.gz")) {
            Files.copy(Path.of("sample-data").resolve(f), in.resolve(Path.of(f).getFileName()));
        }
        Path reference = tmp.resolve("reference");
        assertEquals(0, runJob(in, reference, tmp.resolve("ref.log"), null, 0));

        Path crashed = tmp.resolve("crashed");
        // first kill: while the files are being read
        int first = runJob(in, crashed, tmp.resolve("kill1.log"), "input files", 1500);
        assertFalse(first == 0, "the first run should have been killed");
        // second kill: after the tables were merged, before the files were recorded as processed
        int second = runJob(in, crashed, tmp.resolve("kill2.log"), "articles and rejects merged", 0);
        assertFalse(second == 0, "the second run should have been killed");
        assertEquals(0, runJob(in, crashed, tmp.resolve("final.log"), null, 0));

        assertEquals(rows(reference.resolve("articles")), rows(crashed.resolve("articles")));
        assertEquals(rows(reference.resolve("rejects")), rows(crashed.resolve("rejects")));
        // and a further run finds nothing new
        assertEquals(0, runJob(in, crashed, tmp.resolve("again.log"), null, 0));
        assertTrue(Files.readString(tmp.resolve("again.log")).contains(": 0 files (0 B), 0 records in "),
                Files.readString(tmp.resolve("again.log")));
        assertEquals(rows(reference.resolve("articles")), rows(crashed.resolve("articles")));
    }
}

package io.gazette.faults;

import io.gazette.config.GazetteOptions;
import io.gazette.spark.GazetteJob;
import io.gazette.spark.JobSpec;
import io.gazette.spark.RunReport;
import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job-level accounting on the fault corpus: one Spark run over every committed fault file
 * (known failures left out, they are what the lead still has to fix) must be balanced, every
 * record read being one article or one reject row in the written tables, with the reasons
 * cases.tsv expects; no bad file may fail its task. Generated files are left out to keep this
 * run small: the pure corpus test reads them.
 */
@Tag("spark")
class FaultCorpusJobTest {
    @TempDir
    Path tmp;

    @Test
    void theJobAccountsForEveryRecordOfTheCorpus() throws Exception {
        List<FaultCorpus.Case> cases = FaultCorpus.cases().stream()
                .filter(c -> !c.generated() && !c.isKnownFailure()).toList();
        List<String> inputs = cases.stream().map(c -> c.path().toString()).toList();
        Map<String, Long> expectedReasons = new TreeMap<>();
        long expectedRecords = 0;
        long expectedArticles = 0;
        for (FaultCorpus.Case c : cases) {
            expectedRecords += c.records();
            expectedArticles += c.articles();
            c.rejects().forEach((k, v) -> expectedReasons.merge(k, v, Long::sum));
        }

        SparkSession spark = SparkTestSession.get();
        Path out = tmp.resolve("out");
        // One pass: cases.tsv gives each file's outcome page by page, while the learning pass would take
        // the furniture the corpus's example.com pages share for template text (OutletLearningTest tests it).
        GazetteOptions onePass = GazetteOptions.load(null, java.util.Map.of("learn.enabled", "false"));
        RunReport report = GazetteJob.run(spark, JobSpec.parquet(inputs, out.toString(), false, onePass));

        // What `gazette run` turns into exit code 0 (balanced) or 3 (records lost).
        assertTrue(report.balanced(), report.imbalance());
        assertEquals(cases.size(), report.inputFiles, report.summary());
        assertEquals(expectedRecords, report.recordsRead, report.summary());
        assertEquals(expectedArticles, report.articles, report.summary());
        assertEquals(expectedReasons, report.rejectReasons, report.summary());
        report.files.forEach(f -> assertTrue(f.balanced(), f.toString()));

        // The tables say the same, and every reject names its file and where in it.
        Map<String, Long> written = new TreeMap<>();
        List<Row> rejects = spark.read().parquet(out.resolve(GazetteJob.REJECTS).toString())
                .select("source_file", "source_offset", "reason", "detail").collectAsList();
        for (Row r : rejects) {
            written.merge(r.getString(2), 1L, Long::sum);
            assertFalse(r.isNullAt(0) || r.getString(0).isBlank(), r.toString());
            assertFalse(r.isNullAt(1), r.toString());
            if (r.getString(2).equals("TRUNCATED_INPUT")) {
                // the detail says where reading stopped, so a person can find the damage
                assertTrue(r.getString(3).contains("offset") || r.getString(3).contains("line"), r.toString());
            }
        }
        assertEquals(expectedReasons, written);
        assertEquals(expectedArticles, spark.read().parquet(out.resolve(GazetteJob.ARTICLES).toString()).count());
    }
}

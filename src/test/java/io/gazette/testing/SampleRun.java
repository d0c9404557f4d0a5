package io.gazette.testing;

import io.gazette.config.GazetteOptions;
import io.gazette.spark.GazetteJob;
import io.gazette.spark.JobSpec;
import io.gazette.spark.Progress;
import io.gazette.spark.RunReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * One run of the job on sample-data/ per test JVM, for the tests that read what a run writes (the
 * report page in a browser, the table in DuckDB and Spark SQL). Written under
 * target/test-sample-run/ and kept there, so the tables and the report page can be looked at after
 * the tests.
 */
public final class SampleRun {
    private SampleRun() {
    }

    /** The output folder and the run's report. */
    public record Result(Path out, RunReport report, List<String> progress) {
        public Path articles() {
            return out.resolve(GazetteJob.ARTICLES);
        }

        public Path reportFile(String extension) {
            return out.resolve(GazetteJob.REPORTS).resolve(report.runId + "." + extension);
        }
    }

    private static Result result;

    public static synchronized Result get() throws IOException {
        if (result == null) {
            Path out = Path.of("target", "test-sample-run").toAbsolutePath();
            if (Files.exists(out)) {
                try (Stream<Path> s = Files.walk(out)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            // progress lines far more often than a person wants them, so that this short run shows some
            List<String> progress = new CopyOnWriteArrayList<>();
            RunReport report = GazetteJob.run(SparkTestSession.get(),
                    JobSpec.parquet(List.of("sample-data"), out.toString(), false, GazetteOptions.defaults()),
                    new Progress.To(Duration.ofMillis(100), progress::add));
            result = new Result(out, report, List.copyOf(progress));
        }
        return result;
    }
}

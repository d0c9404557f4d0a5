package io.gazette.cli;

import io.gazette.spark.AccountingException;
import io.gazette.spark.GazetteJob;
import io.gazette.spark.JobSpec;
import io.gazette.spark.NoChmodLocalFileSystem;
import io.gazette.spark.Preflight;
import io.gazette.spark.Progress;
import io.gazette.spark.RunReport;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the Spark job: read the inputs, write <output>/articles (Parquet, partitioned by "
                + "publish_date and outlet), <output>/rejects and <output>/reports/<run-id>.json.",
                "Exit codes: 0 done, 2 bad arguments or input, 3 records lost (the report says which)."})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, split = ",", paramLabel = "<path>",
            description = "Input files, folders (searched recursively), globs, or @manifest files (one path "
                    + "per line). Local paths, hdfs://, s3a://. Repeatable or comma-separated.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "<dir>", description = "Output folder.")
    String output;

    @Option(names = "--master", paramLabel = "<url>",
            description = "Spark master, e.g. local[*] or spark://host:7077. Default: what spark-submit set, "
                    + "else local[*].")
    String master;

    @Option(names = "--overwrite", description = "Replace the tables in <output> if it holds some.")
    boolean overwrite;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "<parquet|delta>",
            converter = FormatConverter.class,
            description = "parquet (default): plain Parquet with Hive partition folders, for one-shot runs. "
                    + "delta: Delta Lake tables; articles are merged by article_id (the newest fetch wins).")
    JobSpec.TableFormat format;

    @Option(names = "--incremental",
            description = "Read only input files no earlier run processed (kept in <output>/_gazette/files). "
                    + "Needs --format delta.")
    boolean incremental;

    @Option(names = "--progress", defaultValue = "5", paramLabel = "<seconds>",
            description = "Print a progress line (records done, records/s, files read) at most every <seconds> "
                    + "while the inputs are read; 0 for none. Default: ${DEFAULT-VALUE}.")
    int progressSeconds;

    @Mixin
    ConfOptions conf;

    @Override
    public Integer call() throws Exception {
        // Everything a person can get wrong is checked before Spark starts: settings, then local paths.
        JobSpec spec = new JobSpec(inputs, output, overwrite, format, incremental, conf.gazetteOptions());
        Preflight.check(spec);
        try (SparkSession spark = session(master, conf)) {
            Progress.To progress = progressSeconds <= 0 ? null
                    : new Progress.To(Duration.ofSeconds(progressSeconds), System.err::println);
            RunReport report = GazetteJob.run(spark, spec, progress);
            System.out.print(report.summary());
            if (!report.balanced()) {
                throw new AccountingException(report.imbalance() + " (report: " + output + "/reports/"
                        + report.runId + ".json)");
            }
            return 0;
        }
    }

    /** A session for this run: local[*] unless spark-submit or --master says otherwise. */
    static SparkSession session(String master, ConfOptions conf) {
        SparkSession.Builder b = SparkSession.builder().appName("gazette");
        String effective = master != null ? master : new SparkConf().get("spark.master", "local[*]");
        b.master(effective);
        // Timestamps are shown and compared in UTC; the original offsets are columns of their own.
        b.config("spark.sql.session.timeZone", "UTC");
        if (effective.startsWith("local")) {
            b.config("spark.hadoop.fs.file.impl", NoChmodLocalFileSystem.class.getName());
            // Spark's own bar counts tasks (files), not records, and fights with our progress line
            b.config("spark.ui.showConsoleProgress", "false");
            // running tasks report their record counts with each heartbeat: often enough for a line every few seconds
            b.config("spark.executor.heartbeatInterval", "2s");
        }
        // Delta's SQL extensions: MERGE and DeltaTable need them; harmless for Parquet runs.
        b.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        b.config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        conf.sparkConf().forEach(b::config);
        return b.getOrCreate();
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<JobSpec.TableFormat> {
        @Override
        public JobSpec.TableFormat convert(String value) {
            try {
                return JobSpec.TableFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not parquet or delta");
            }
        }
    }
}

package io.gazette.spark.sql.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.config.GazetteOptions;
import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.extract.Step;
import io.gazette.io.PageReader;
import io.gazette.io.PageReaders;
import io.gazette.model.RawPage;
import io.gazette.spark.ExtractPartition;
import io.gazette.spark.GazetteJob;
import io.gazette.spark.HadoopConf;
import io.gazette.spark.InputFile;
import io.gazette.spark.JobSpec;
import io.gazette.spark.NoChmodLocalFileSystem;
import io.gazette.spark.sql.GazetteFunctions;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;

/**
 * Pages per second of the batch job and of the SQL-function path, on the same pages, on this
 * machine. Not a test (speed is never asserted); run it by hand:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -Xmx3g $(sed -n 's:.*&lt;spark.jvm.flags&gt;\(.*\)&lt;/spark.jvm.flags&gt;.*:\1:p' pom.xml) \
 *   -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *   io.gazette.spark.sql.bench.SqlFunctionBench [eval-dir] [rounds]
 * </pre>
 *
 * The pages (every page of the shared eval's article-extraction and dates sets that names a URL)
 * are written once, untimed, as the two inputs each path naturally reads: JSON Lines files for the
 * job, a Parquet table of (url, fetched_at, html) for the functions, with the same number of files
 * (so of tasks). Then, alternating, after one warm-up round of each:
 * <ul>
 *   <li>extraction only: the job's own extraction pass ({@link ExtractPartition} over the files,
 *       counted) against {@code gazette_extract} over the table (Spark's noop sink);</li>
 *   <li>end to end: {@link GazetteJob#run} (extract, write articles and rejects, report) against
 *       read table, {@code gazette_extract}, write articles partitioned as the job does and rejects.</li>
 * </ul>
 */
public final class SqlFunctionBench {
    private static final int FILES = 4;

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("gazette-sql-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.hadoop.fs.file.impl", NoChmodLocalFileSystem.class.getName())
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        GazetteOptions options = GazetteOptions.defaults();
        Path work = Files.createTempDirectory("gazette-bench");

        List<Row> pages = readPages(spark, options, List.of(eval.resolve("article-extraction/html"),
                eval.resolve("dates/pages")));
        Path jsonl = work.resolve("jsonl");
        writeJsonLines(pages, jsonl);
        StructType schema = new StructType().add("url", DataTypes.StringType).add("fetched_at", DataTypes.TimestampType)
                .add("html", DataTypes.StringType);
        String table = work.resolve("pages.parquet").toString();
        spark.createDataFrame(pages, schema).repartition(FILES).write().parquet(table);
        System.out.printf("%d pages, %.1f MB of HTML, %d files per input, local[2], %s%n", pages.size(),
                pages.stream().mapToLong(r -> r.getString(2).length()).sum() / 1e6, FILES, work);

        List<double[]> extraction = new ArrayList<>();
        List<double[]> endToEnd = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            double jobX = time(() -> jobExtraction(spark, options, jsonl));
            double sqlX = time(() -> sqlExtraction(spark, options, table));
            double jobE = time(() -> GazetteJob.run(spark, JobSpec.parquet(List.of(jsonl.toString()),
                    work.resolve("job-out").toString(), true, options)));
            double sqlE = time(() -> sqlEndToEnd(spark, options, table, work.resolve("sql-out").toString()));
            String label = round == 0 ? "warm-up" : "round " + round;
            System.out.printf("%-8s extraction: job %6.1f s  sql %6.1f s | end to end: job %6.1f s  sql %6.1f s%n",
                    label, jobX, sqlX, jobE, sqlE);
            if (round > 0) {
                extraction.add(new double[]{jobX, sqlX});
                endToEnd.add(new double[]{jobE, sqlE});
            }
        }
        report("extraction only", extraction, pages.size());
        report("end to end", endToEnd, pages.size());
        spark.stop();
    }

    private static void report(String what, List<double[]> runs, int pages) {
        double job = median(runs.stream().mapToDouble(r -> r[0]).toArray());
        double sql = median(runs.stream().mapToDouble(r -> r[1]).toArray());
        System.out.printf("%-16s median of %d: job %.1f pages/s, sql %.1f pages/s, sql/job = %.2f%n", what,
                runs.size(), pages / job, pages / sql, job / sql);
    }

    private static long jobExtraction(SparkSession spark, GazetteOptions options, Path jsonl) throws Exception {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
        List<InputFile> files;
        try (Stream<Path> s = Files.list(jsonl)) {
            files = s.sorted().map(p -> new InputFile("file:" + p, p.toFile().length(), p.toFile().lastModified())).toList();
        }
        long n = jsc.parallelize(files, files.size()).mapPartitions(new ExtractPartition(options, "bench", conf, null)).count();
        conf.destroy();
        return n;
    }

    private static void sqlExtraction(SparkSession spark, GazetteOptions options, String table) {
        GazetteFunctions.register(spark, options);
        spark.read().parquet(table).createOrReplaceTempView("bench_pages");
        spark.sql("SELECT gazette_extract(html, url, fetched_at) AS a FROM bench_pages")
                .write().format("noop").mode(SaveMode.Overwrite).save();
    }

    /** What a team would write around the function: the job's two tables, from their own table. */
    private static void sqlEndToEnd(SparkSession spark, GazetteOptions options, String table, String out) {
        Dataset<Row> outcomes = spark.read().parquet(table)
                .select(GazetteFunctions.extract(col("html"), col("url"), col("fetched_at")).as("a"))
                .select("a.*").persist(StorageLevel.MEMORY_AND_DISK());
        try {
            outcomes.where(col("reject_reason").isNull()).drop("reject_reason", "reject_detail")
                    .repartition(col("publish_date"), col("outlet"))
                    .sortWithinPartitions(col("publish_date"), col("outlet"), col("published_at"), col("article_id"))
                    .write().mode(SaveMode.Overwrite).partitionBy("publish_date", "outlet").parquet(out + "/articles");
            outcomes.where(col("reject_reason").isNotNull()).select("url", "fetched_at", "reject_reason", "reject_detail")
                    .write().mode(SaveMode.Overwrite).parquet(out + "/rejects");
        } finally {
            outcomes.unpersist();
        }
    }

    private static List<Row> readPages(SparkSession spark, GazetteOptions options, List<Path> dirs) throws Exception {
        Pipeline pipeline = new Pipeline(options);
        List<Row> rows = new ArrayList<>();
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.sorted().toList();
            }
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f);
                     PageReader reader = PageReaders.open(in, f.toString(), options.input())) {
                    while (reader.hasNext()) {
                        RawPage page = reader.next();
                        if (page.isSkipped() || page.url() == null) {
                            continue;
                        }
                        PageWork w = new PageWork(page, options);
                        for (Step step : pipeline.steps()) {
                            step.apply(w);
                            if (w.isRejected() || w.decoded()) {
                                break;
                            }
                        }
                        if (w.decoded()) {
                            rows.add(RowFactory.create(page.url(),
                                    page.fetchedAt() == null ? null : Timestamp.from(page.fetchedAt()), w.html()));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static void writeJsonLines(List<Row> pages, Path dir) throws Exception {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        BufferedWriter[] out = new BufferedWriter[FILES];
        for (int i = 0; i < FILES; i++) {
            out[i] = Files.newBufferedWriter(dir.resolve("pages-" + i + ".jsonl"), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < pages.size(); i++) {
            Row r = pages.get(i);
            ObjectNode line = json.createObjectNode();
            line.put("url", r.getString(0));
            if (r.get(1) != null) {
                line.put("fetched_at", ((Timestamp) r.get(1)).toInstant().toString());
            }
            line.put("html", r.getString(2));
            out[i % FILES].write(json.writeValueAsString(line));
            out[i % FILES].newLine();
        }
        for (BufferedWriter w : out) {
            w.close();
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    private static double time(Body body) throws Exception {
        long t0 = System.nanoTime();
        body.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}

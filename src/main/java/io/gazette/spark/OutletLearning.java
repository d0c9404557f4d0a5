package io.gazette.spark;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.OutletKnowledge;
import io.gazette.extract.PageEvidence;
import io.gazette.extract.Pipeline;
import io.gazette.extract.date.OrderEvidence;
import io.gazette.extract.date.OutletHints;
import io.gazette.io.PageReader;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

/**
 * The first of the job's two passes: learns per outlet what no single page can tell (see
 * {@link OutletKnowledge}). Every page is read and parsed (no main text, no entities) into a small
 * {@link PageEvidence} row; re-crawls of one URL collapse to one; then three aggregations:
 * pages and day/month evidence per outlet, stated zones per outlet, and distinct pages per
 * (outlet, block hash), joined to the outlet's page count and kept when the block is on enough of
 * them. Only the kept blocks (capped per outlet) and one line of hints per outlet reach the driver,
 * which broadcasts them to the extraction pass.
 *
 * <p>Memory: the evidence of a page is its block hashes (8 bytes per paragraph), persisted with
 * spill to disk; the block counts are a shuffle aggregation, bounded by Spark, not by the driver.
 */
public final class OutletLearning {
    private static final Logger LOG = LoggerFactory.getLogger(OutletLearning.class);

    static final StructType EVIDENCE = new StructType()
            .add("outlet", DataTypes.StringType, false)
            .add("page_key", DataTypes.StringType, false)
            .add("blocks", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("day_first", DataTypes.IntegerType, false)
            .add("month_first", DataTypes.IntegerType, false)
            .add("ambiguous", DataTypes.IntegerType, false)
            .add("zone", DataTypes.StringType, true);

    /** What the pass learned, with the figures the run report shows. */
    public record Learned(OutletKnowledge knowledge, long pages, int outlets, int outletsWithTemplate,
                          long templateBlocks, int outletsWithOrder, int outletsWithZone, double seconds) {
    }

    private OutletLearning() {
    }

    public static Learned learn(SparkSession spark, List<InputFile> files, GazetteOptions options,
                                Broadcast<HadoopConf> conf) {
        long t0 = System.nanoTime();
        GazetteOptions.Learn l = options.learn();
        Dataset<Row> evidence = evidence(spark, files, options, conf).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> perOutlet = evidence.groupBy("outlet").agg(count(lit(1)).as("pages"),
                    sum("day_first").as("day_first"), sum("month_first").as("month_first"),
                    sum("ambiguous").as("ambiguous"));
            Map<String, Long> pagesByOutlet = new HashMap<>();
            Map<String, OrderEvidence> orders = new HashMap<>();
            long pages = 0;
            for (Row r : perOutlet.collectAsList()) {
                pagesByOutlet.put(r.getString(0), r.getLong(1));
                pages += r.getLong(1);
                orders.put(r.getString(0), new OrderEvidence((int) r.getLong(2), (int) r.getLong(3),
                        (int) r.getLong(4)));
            }
            Map<String, Map<ZoneOffset, Long>> zones = new HashMap<>();
            for (Row r : evidence.where(col("zone").isNotNull()).groupBy("outlet", "zone").count().collectAsList()) {
                zones.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(ZoneOffset.of(r.getString(1)),
                        r.getLong(2));
            }

            Map<String, Set<Long>> blocks = new HashMap<>();
            long templateBlocks = 0;
            boolean anyBigOutlet = pagesByOutlet.values().stream().anyMatch(n -> n >= l.minOutletPages());
            // No outlet has the pages to learn a template from: skip the block aggregation (small dumps).
            Dataset<Row> bigOutlets = perOutlet.where(col("pages").geq(l.minOutletPages())).select("outlet", "pages");
            Dataset<Row> templates = !anyBigOutlet ? null : evidence.select(col("outlet"), explode(col("blocks")).as("hash"))
                    .groupBy("outlet", "hash").agg(count(lit(1)).as("on_pages"))
                    .join(broadcast(bigOutlets), "outlet")
                    .where(col("on_pages").geq(greatest(lit(l.minBlockPages()),
                            col("pages").multiply(l.minBlockShare()))))
                    .withColumn("rank", row_number().over(Window.partitionBy("outlet")
                            .orderBy(desc("on_pages"), col("hash"))))
                    .where(col("rank").leq(l.maxTemplateBlocks()))
                    .select("outlet", "hash");
            for (Row r : templates == null ? List.<Row>of() : templates.collectAsList()) {
                blocks.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getLong(1));
                templateBlocks++;
            }

            Map<String, OutletHints> hints = new HashMap<>();
            int withOrder = 0;
            int withZone = 0;
            for (String outlet : pagesByOutlet.keySet()) {
                OutletHints h = OutletHints.learn(orders.get(outlet), zones.get(outlet), l.minDates());
                if (h.order() != null || h.zone() != null) {
                    hints.put(outlet, h);
                    withOrder += h.order() != null ? 1 : 0;
                    withZone += h.zone() != null ? 1 : 0;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Learned out = new Learned(new OutletKnowledge(blocks, hints), pages, pagesByOutlet.size(), blocks.size(),
                    templateBlocks, withOrder, withZone, seconds);
            LOG.info("learning pass: {} distinct pages of {} outlets; template blocks for {} outlets ({} blocks); "
                            + "day/month order for {}, zone for {}; {} s", pages, pagesByOutlet.size(), blocks.size(),
                    templateBlocks, withOrder, withZone, String.format("%.1f", seconds));
            return out;
        } finally {
            evidence.unpersist();
        }
    }

    /**
     * One row per distinct page, in one partition per core. The partitions are set here because
     * adaptive execution does not coalesce a cached plan's partitions
     * (spark.sql.optimizer.canChangeCachedPlanOutputPartitioning is off): persisted as it comes out
     * of dropDuplicates, the evidence kept spark.sql.shuffle.partitions (200) partitions, and each
     * aggregation over it ran 200 tiny tasks (~46 s of a run whatever the dump's size).
     */
    static Dataset<Row> evidence(SparkSession spark, List<InputFile> files, GazetteOptions options,
                                 Broadcast<HadoopConf> conf) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(files.size(), 100_000));
        return spark.createDataFrame(
                        jsc.parallelize(files, slices).mapPartitions(new EvidencePartition(options, conf)), EVIDENCE)
                .dropDuplicates("outlet", "page_key")
                .coalesce(Math.max(1, spark.sparkContext().defaultParallelism()));
    }

    /** Reads a partition's files as streams, one evidence row per page (records that are no page give none). */
    static final class EvidencePartition implements FlatMapFunction<Iterator<InputFile>, Row> {
        private final GazetteOptions options;
        private final Broadcast<HadoopConf> conf;

        EvidencePartition(GazetteOptions options, Broadcast<HadoopConf> conf) {
            this.options = options;
            this.conf = conf;
        }

        @Override
        public Iterator<Row> call(Iterator<InputFile> files) {
            Pipeline pipeline = new Pipeline(options);
            return new Iterator<>() {
                private PageReader reader;
                private OpenedFile opened;
                private Row next;

                @Override
                public boolean hasNext() {
                    while (next == null) {
                        if (reader != null && reader.hasNext()) {
                            PageEvidence e = pipeline.evidence(reader.next());
                            if (e != null && e.outlet() != null) {
                                next = RowFactory.create(e.outlet(), e.pageKey(), e.blocks(), e.order().dayFirst(),
                                        e.order().monthFirst(), e.order().ambiguous(), e.zone());
                            }
                        } else if (reader != null) {
                            close();
                        } else if (files.hasNext()) {
                            open(files.next());
                        } else {
                            return false;
                        }
                    }
                    return true;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Row r = next;
                    next = null;
                    return r;
                }

                private void open(InputFile f) {
                    opened = OpenedFile.open(f, conf.value().get(), options.input());
                    reader = opened.reader();
                }

                private void close() {
                    opened.close();
                    opened = null;
                    reader = null;
                }
            };
        }
    }
}

package io.gazette.spark;

import io.gazette.extract.dedup.SimHash;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Near-duplicate articles across outlets (agency copy reprinted by many sites) get a shared
 * {@code cluster_id}, from the SimHash of their text.
 *
 * <p>Candidate pairs come from banding: the 64-bit hash is cut into four 16-bit bands, and two
 * hashes within {@link SimHash#NEAR} (3) bits agree on at least one band (pigeonhole), so only
 * hashes sharing a band value are compared. Bands shared by very many articles (template text) are
 * passed over. Clusters are the connected components of the near pairs, labelled by a few rounds
 * of min-label propagation. Rows already in the table keep their cluster: a new copy of a stored
 * story joins the stored story's cluster rather than relabelling it.
 */
final class Syndication {
    private Syndication() {
    }

    /** A band value shared by more articles than this is template text, not syndication. */
    static final int MAX_BUCKET = 2_000;
    static final int MAX_ROUNDS = 6;

    /**
     * @param articles the run's articles (with article_id, simhash, cluster_id columns)
     * @param stored   the table's rows (article_id, simhash, cluster_id), or null for a fresh table
     * @return {@code articles} with cluster_id set
     */
    static Dataset<Row> assign(Dataset<Row> articles, Dataset<Row> stored) {
        Dataset<Row> nodes = articles.select(col("article_id"), col("simhash"), lit(true).as("fresh"),
                        col("article_id").as("label"))
                .where(col("simhash").notEqual(0)).dropDuplicates("article_id");
        if (stored != null) {
            Dataset<Row> old = stored.select(col("article_id"), col("simhash"), lit(false).as("fresh"),
                    col("cluster_id").as("label")).where(col("simhash").notEqual(0));
            // a stored article re-fetched in this run is a fresh node now (its row is being rewritten)
            nodes = nodes.unionByName(old.join(nodes.select("article_id"), old.col("article_id")
                    .equalTo(nodes.col("article_id")), "left_anti"));
        }
        Dataset<Row> banded = nodes.withColumn("band", explode(array(lit(0), lit(1), lit(2), lit(3))))
                .withColumn("bucket", expr("shiftright(simhash, band * 16) & 65535"));
        Dataset<Row> buckets = banded.groupBy("band", "bucket").agg(count(lit(1)).as("n"))
                .where(col("n").between(2, MAX_BUCKET)).drop("n");
        Dataset<Row> b = banded.join(buckets, new String[]{"band", "bucket"})
                .select("article_id", "simhash", "fresh", "label", "band", "bucket");
        Dataset<Row> a1 = b.toDF("a_id", "a_hash", "a_fresh", "a_label", "band", "bucket");
        Dataset<Row> a2 = b.toDF("b_id", "b_hash", "b_fresh", "b_label", "band", "bucket");
        Dataset<Row> pairs = a1.join(a2, new String[]{"band", "bucket"})
                .where(col("a_id").lt(col("b_id")).and(col("a_fresh").or(col("b_fresh")))
                        .and(bit_count(col("a_hash").bitwiseXOR(col("b_hash"))).leq(SimHash.NEAR)))
                .select("a_id", "b_id").distinct().cache();
        try {
            if (pairs.isEmpty()) {
                return articles;
            }
            Dataset<Row> edges = pairs.unionByName(pairs.select(col("b_id").as("a_id"), col("a_id").as("b_id")));
            // label = (fresh, id): a stored cluster (fresh = false) sorts first and wins
            Dataset<Row> labels = nodes.select(col("article_id").as("id"), col("fresh"),
                    struct(col("fresh").as("fresh"), col("label").as("label")).as("lab"));
            for (int round = 0; round < MAX_ROUNDS; round++) {
                Dataset<Row> offered = edges.join(labels.select(col("id").as("b_id"), col("lab").as("nlab")), "b_id")
                        .groupBy(col("a_id").as("id")).agg(min(col("nlab")).as("best"));
                Dataset<Row> next = labels.join(offered, "id", "left")
                        .select(col("id"), col("fresh"), col("lab"), col("best"))
                        .withColumn("new", col("fresh").and(col("best").isNotNull()).and(col("best").lt(col("lab"))))
                        .select(col("id"), col("fresh"), when(col("new"), col("best")).otherwise(col("lab")).as("lab"),
                                col("new"))
                        .localCheckpoint();
                boolean changed = !next.where(col("new")).isEmpty();
                labels = next.drop("new");
                if (!changed) {
                    break;
                }
            }
            Dataset<Row> cluster = labels.where(col("fresh")).select(col("id"), col("lab.label").as("cid"));
            return articles.join(cluster, articles.col("article_id").equalTo(cluster.col("id")), "left")
                    .withColumn("cluster_id", coalesce(col("cid"), col("article_id")))
                    .drop("id", "cid")
                    .select(columnsOf(articles)); // the table's column order
        } finally {
            pairs.unpersist();
        }
    }

    private static Column[] columnsOf(Dataset<Row> df) {
        String[] names = df.columns();
        Column[] out = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = col(names[i]);
        }
        return out;
    }
}

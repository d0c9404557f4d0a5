package io.gazette.spark;

import io.gazette.model.Article;
import io.gazette.model.Columns;
import io.gazette.model.Entity;
import io.gazette.model.Reject;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * Spark schemas of the output tables, derived from {@link Columns} (the one definition), and the
 * conversion of model values to rows in the same column order. Both tables get a {@code run_id}
 * column: at the end of the rejects, before the partition columns of the articles (Spark writes
 * partition columns last, so the read-back schema has the same order as the written one).
 */
public final class Schemas {
    private Schemas() {
    }

    private static final List<Columns.Column<Article>> ARTICLE_SLOTS = withRunId(Columns.ARTICLE);
    private static final List<Columns.Column<Reject>> REJECT_SLOTS = withRunId(Columns.REJECT);

    /** One element of the entities column. */
    public static final StructType ENTITY = new StructType()
            .add("name", DataTypes.StringType, true)
            .add("type", DataTypes.StringType, true)
            .add("mentions", DataTypes.IntegerType, true)
            .add("first_offset", DataTypes.IntegerType, true);

    public static final StructType ARTICLE = structOf(ARTICLE_SLOTS);
    public static final StructType REJECT = structOf(REJECT_SLOTS);

    /** Records read per input file, emitted after each file; the report's ground truth. */
    public static final StructType FILE = new StructType()
            .add("source_file", DataTypes.StringType, false)
            .add("format", DataTypes.StringType, true)
            .add("records", DataTypes.LongType, false)
            .add("bytes", DataTypes.LongType, false)
            // when the file was done (epoch ms) and the time its reader and the pipeline took: the
            // report's throughput per file and over time
            .add("finished_ms", DataTypes.LongType, true)
            .add("millis", DataTypes.LongType, true);

    /** What the extraction pass emits: exactly one of the three structs is set, as {@code kind} says. */
    public static final StructType OUTCOME = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("article", ARTICLE, true)
            .add("reject", REJECT, true)
            .add("file", FILE, true);

    public static final String KIND_ARTICLE = "article";
    public static final String KIND_REJECT = "reject";
    public static final String KIND_FILE = "file";

    /** The columns with a null slot where run_id goes. */
    private static <T> List<Columns.Column<T>> withRunId(List<Columns.Column<T>> columns) {
        List<Columns.Column<T>> out = new ArrayList<>();
        boolean placed = false;
        for (Columns.Column<T> c : columns) {
            if (!placed && Columns.ARTICLE_PARTITIONS.contains(c.name())) {
                out.add(null);
                placed = true;
            }
            out.add(c);
        }
        if (!placed) {
            out.add(null);
        }
        return out;
    }

    private static <T> StructType structOf(List<Columns.Column<T>> slots) {
        List<StructField> fields = new ArrayList<>();
        for (Columns.Column<T> c : slots) {
            fields.add(c == null
                    ? field(Columns.RUN_ID, DataTypes.StringType, false, Columns.RUN_ID_MEANING)
                    : field(c.name(), sparkType(c.type()), c.nullable(), c.meaning()));
        }
        return new StructType(fields.toArray(new StructField[0]));
    }

    private static StructField field(String name, DataType type, boolean nullable, String meaning) {
        return new StructField(name, type, nullable, new MetadataBuilder().putString("comment", meaning).build());
    }

    static DataType sparkType(Columns.Type t) {
        return switch (t) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case DATE -> DataTypes.DateType;
            // Parquet stores every array element as nullable, so the read-back type is always this one
            case STRING_ARRAY -> DataTypes.createArrayType(DataTypes.StringType, true);
            case ENTITY_ARRAY -> DataTypes.createArrayType(ENTITY, true);
        };
    }

    public static Row articleRow(Article a, String runId) {
        return row(ARTICLE_SLOTS, a, runId);
    }

    public static Row rejectRow(Reject r, String runId) {
        return row(REJECT_SLOTS, r, runId);
    }

    private static <T> Row row(List<Columns.Column<T>> slots, T value, String runId) {
        Object[] out = new Object[slots.size()];
        for (int i = 0; i < out.length; i++) {
            Columns.Column<T> c = slots.get(i);
            Object v = c == null ? runId : c.get().apply(value);
            if (v instanceof List<?> list) {
                // a Row holds arrays as Scala Seqs or Java arrays, not Java Lists; structs as Rows
                v = list.stream().map(e -> e instanceof Entity en
                        ? RowFactory.create(en.name(), en.type().name(), en.mentions(), en.firstOffset()) : e)
                        .toArray();
            }
            out[i] = v;
        }
        return RowFactory.create(out);
    }
}

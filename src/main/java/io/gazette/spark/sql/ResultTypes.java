package io.gazette.spark.sql;

import io.gazette.extract.Pipeline;
import io.gazette.extract.date.PublicationDate;
import io.gazette.model.Article;
import io.gazette.model.Columns;
import io.gazette.model.Reject;
import io.gazette.spark.Schemas;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * What the SQL functions return, derived from the articles table's schema ({@link Schemas#ARTICLE})
 * so that a column added there shows up in {@code gazette_extract} too, with the same type. Every
 * field is nullable: a reject fills only a few of them.
 */
final class ResultTypes {
    private ResultTypes() {
    }

    static final String REJECT_REASON = "reject_reason";
    static final String REJECT_DETAIL = "reject_detail";

    /** Positions in {@link Schemas#articleRow} that the function result keeps (all but run_id). */
    private static final int[] KEPT = keptArticleSlots();

    /** gazette_extract: every article column but run_id, then the reject reason and detail. */
    static final StructType EXTRACT = extractType();

    /** gazette_published: the date columns of the articles table. */
    static final StructType PUBLISHED = new StructType(new StructField[]{
            articleField("published_at"), articleField("published_offset"), articleField("publish_date"),
            articleField("date_source")});

    /** gazette_entities: the type of the articles table's {@code entities} column. */
    static final DataType ENTITIES = Schemas.ARTICLE.apply("entities").dataType();

    private static int[] keptArticleSlots() {
        StructField[] fields = Schemas.ARTICLE.fields();
        int[] kept = new int[fields.length - 1];
        int k = 0;
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].name().equals(Columns.RUN_ID)) {
                kept[k++] = i;
            }
        }
        return kept;
    }

    private static StructType extractType() {
        List<StructField> out = new ArrayList<>();
        for (int i : KEPT) {
            StructField f = Schemas.ARTICLE.fields()[i];
            out.add(new StructField(f.name(), f.dataType(), true, f.metadata()));
        }
        out.add(new StructField(REJECT_REASON, DataTypes.StringType, true,
                comment("null for an article; else why the page is not one (see the reject reasons)")));
        out.add(new StructField(REJECT_DETAIL, DataTypes.StringType, true, comment("details for people")));
        return new StructType(out.toArray(new StructField[0]));
    }

    private static StructField articleField(String name) {
        StructField f = Schemas.ARTICLE.apply(name);
        return new StructField(f.name(), f.dataType(), true, f.metadata());
    }

    private static Metadata comment(String s) {
        return new MetadataBuilder().putString("comment", s).build();
    }

    /**
     * The article as the batch job writes it, less run_id, plus two null reject fields. The
     * provenance columns (source_file, source_offset, source_format, record_id) are null.
     */
    static Row article(Article a) {
        Row full = Schemas.articleRow(a, null);
        Object[] out = new Object[KEPT.length + 2];
        for (int k = 0; k < KEPT.length; k++) {
            out[k] = full.get(KEPT[k]);
        }
        // a SQL row came from no file: 0 would claim an offset, null says there is none
        set(out, "source_offset", null);
        return RowFactory.create(out);
    }

    /** A reject: the URL and fetch time it came with, the extractor version, the reason; the rest null. */
    static Row reject(Reject r) {
        Object[] out = new Object[KEPT.length + 2];
        set(out, "url", r.url());
        set(out, "fetched_at", r.fetchedAt());
        set(out, "extractor_version", Pipeline.VERSION);
        out[KEPT.length] = r.reason().name();
        out[KEPT.length + 1] = r.detail();
        return RowFactory.create(out);
    }

    private static void set(Object[] out, String column, Object value) {
        out[EXTRACT.fieldIndex(column)] = value;
    }

    /** A page with no date found gives a row of nulls (not a null row: the page itself was there). */
    static Row published(PublicationDate d) {
        return d == null ? RowFactory.create(null, null, null, null)
                : RowFactory.create(d.publishedAt(), d.offset(), d.day(), d.sourceColumn());
    }

    static Object[] entities(List<EntityTagger.Tagged> tagged) {
        Object[] out = new Object[tagged.size()];
        for (int i = 0; i < out.length; i++) {
            EntityTagger.Tagged t = tagged.get(i);
            out[i] = RowFactory.create(t.name(), t.type(), t.mentions(), t.firstOffset());
        }
        return out;
    }
}

package io.gazette.spark;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.OutletKnowledge;
import io.gazette.extract.Pipeline;
import io.gazette.io.PageReader;
import io.gazette.model.Article;
import io.gazette.model.InputFormat;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import io.gazette.model.Reject;
import io.gazette.model.RejectReason;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The extraction pass: a partition is a list of input files; each is opened on the executor,
 * read as a stream by its reader, and every record goes through the pipeline (built once per
 * partition). Emits one outcome row per record and, after each file, a file row with the number
 * of records read, which the run report checks the outcomes against.
 */
public final class ExtractPartition implements FlatMapFunction<Iterator<InputFile>, Row> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractPartition.class);

    private final GazetteOptions options;
    private final String runId;
    private final Broadcast<HadoopConf> hadoopConf;
    private final Broadcast<OutletKnowledge> knowledge;
    /** Records and files done, for the driver's progress line; null where nobody watches. */
    private final LongAccumulator recordsDone;
    private final LongAccumulator filesDone;

    /** @param knowledge what the learning pass found per outlet, or null for none */
    public ExtractPartition(GazetteOptions options, String runId, Broadcast<HadoopConf> hadoopConf,
                            Broadcast<OutletKnowledge> knowledge) {
        this(options, runId, hadoopConf, knowledge, null, null);
    }

    public ExtractPartition(GazetteOptions options, String runId, Broadcast<HadoopConf> hadoopConf,
                            Broadcast<OutletKnowledge> knowledge, LongAccumulator recordsDone,
                            LongAccumulator filesDone) {
        this.options = options;
        this.runId = runId;
        this.hadoopConf = hadoopConf;
        this.knowledge = knowledge;
        this.recordsDone = recordsDone;
        this.filesDone = filesDone;
    }

    @Override
    public Iterator<Row> call(Iterator<InputFile> files) {
        return new Outcomes(files, new Pipeline(options, knowledge == null ? OutletKnowledge.NONE : knowledge.value()));
    }

    /** Lazily walks files and records, so a partition never holds more than one record. */
    private final class Outcomes implements Iterator<Row> {
        private final Iterator<InputFile> files;
        private final Pipeline pipeline;
        private InputFile file;
        private OpenedFile opened;
        private PageReader reader;
        private Row next;
        /** When the current file was opened (System.nanoTime), for its time in the run report. */
        private long openedNanos;

        Outcomes(Iterator<InputFile> files, Pipeline pipeline) {
            this.files = files;
            this.pipeline = pipeline;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (reader != null) {
                    if (reader.hasNext()) {
                        next = outcomeRow(pipeline.process(reader.next()));
                        if (recordsDone != null) {
                            recordsDone.add(1);
                        }
                    } else {
                        next = fileRow(file, reader.format() == null ? null : reader.format().name(),
                                reader.recordsRead());
                        closeFile();
                        if (filesDone != null) {
                            filesDone.add(1);
                        }
                    }
                } else if (files.hasNext()) {
                    file = files.next();
                    open(file);
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
            openedNanos = System.nanoTime();
            opened = OpenedFile.open(f, hadoopConf.value().get(), options.input());
            reader = opened.reader();
        }

        private Row outcomeRow(Outcome o) {
            if (o instanceof Article a) {
                return RowFactory.create(Schemas.KIND_ARTICLE, Schemas.articleRow(a, runId), null, null);
            }
            Reject r = (Reject) o;
            return RowFactory.create(Schemas.KIND_REJECT, null, Schemas.rejectRow(r, runId), null);
        }

        private Row fileRow(InputFile f, String format, long records) {
            long millis = (System.nanoTime() - openedNanos) / 1_000_000;
            return RowFactory.create(Schemas.KIND_FILE, null, null, RowFactory.create(f.path(), format, records,
                    f.length(), System.currentTimeMillis(), millis));
        }

        private void closeFile() {
            if (opened != null) {
                opened.close();
            }
            opened = null;
            reader = null;
        }
    }
}

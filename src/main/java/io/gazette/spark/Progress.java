package io.gazette.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Option;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A line every few seconds while the extraction pass runs: records done, records per second, files
 * done. The executors count into two named accumulators; the driver learns their values from
 * finished tasks and, for tasks still running, from the executors' heartbeats (so a single big WARC
 * shows progress too, once per {@code spark.executor.heartbeatInterval}). A line is printed only
 * when the numbers moved, and one more when the last file is read (the tables are written after).
 */
public final class Progress extends SparkListener implements AutoCloseable {
    static final String RECORDS = "gazette.records";
    static final String FILES = "gazette.files";

    /** Where the lines go and how often. */
    public record To(Duration every, Consumer<String> lines) {
    }

    private final SparkContext sc;
    private final long filesTotal;
    private final To to;
    private final long startNanos = System.nanoTime();
    final LongAccumulator records;
    final LongAccumulator files;
    /** Per running task, its last reported count; folded into {@code done*} when it succeeds. */
    private final Map<Long, long[]> running = new ConcurrentHashMap<>();
    private final AtomicLong doneRecords = new AtomicLong();
    private final AtomicLong doneFiles = new AtomicLong();
    private final ScheduledExecutorService timer;
    private long lastShown = -1;
    private boolean allReadShown;

    /** Registers the accumulators and, when {@code to} is not null and there are files, the listener and its timer. */
    Progress(SparkContext sc, long filesTotal, To to) {
        this.sc = sc;
        this.filesTotal = filesTotal;
        this.to = to;
        this.records = sc.longAccumulator(RECORDS);
        this.files = sc.longAccumulator(FILES);
        if (to == null || filesTotal == 0) {
            timer = null; // nothing to read (an incremental run with no new files): nothing to show
            return;
        }
        sc.addSparkListener(this);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gazette-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(100, to.every().toMillis());
        timer.scheduleAtFixedRate(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        running.remove(end.taskInfo().taskId());
        if (!end.taskInfo().successful()) {
            return; // a retried task counts again from zero
        }
        long[] counts = counts(CollectionConverters.asJava(end.taskInfo().accumulables()));
        doneRecords.addAndGet(counts[0]);
        doneFiles.addAndGet(counts[1]);
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> t
                : CollectionConverters.asJava(update.accumUpdates())) {
            long[] counts = counts(CollectionConverters.asJava(t._4()));
            if (counts[0] > 0 || counts[1] > 0) {
                running.put((Long) t._1(), counts);
            }
        }
    }

    /** {records, files} a task reported for our accumulators. */
    private long[] counts(Iterable<AccumulableInfo> infos) {
        long[] c = new long[2];
        for (AccumulableInfo i : infos) {
            if (i.id() == records.id()) {
                c[0] = asLong(i.update());
            } else if (i.id() == files.id()) {
                c[1] = asLong(i.update());
            }
        }
        return c;
    }

    private static long asLong(Option<Object> v) {
        return v.isDefined() && v.get() instanceof Number n ? n.longValue() : 0;
    }

    private synchronized void tick() {
        try {
            // files first: a task's records are added before its files, so these records include them
            long f = doneFiles.get();
            long r = doneRecords.get();
            for (long[] c : running.values()) {
                r += c[0];
            }
            boolean allRead = filesTotal > 0 && f >= filesTotal;
            if (r == lastShown && !(allRead && !allReadShown)) {
                return;
            }
            lastShown = r;
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            to.lines().accept(line(r, seconds, f, filesTotal) + (allRead ? "; writing the tables" : ""));
            allReadShown |= allRead;
        } catch (RuntimeException e) {
            // a progress line is never worth failing a run for
        }
    }

    /** "progress: 12,345 records in 61 s (202.4 records/s), 3 of 11 files read". */
    static String line(long records, double seconds, long filesDone, long filesTotal) {
        return String.format(Locale.ROOT, "progress: %,d records in %.0f s (%.1f records/s), %,d of %,d files read",
                records, seconds, seconds > 0 ? records / seconds : 0.0, filesDone, filesTotal);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            sc.removeSparkListener(this);
        }
    }
}

package io.gazette.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Counts the rows of Parquet files, and those of one run, from their footers: a file's row
 * groups state their row counts, and the min and max of the run-id column settle whether all or
 * none of a row group's rows are the run's. Only row groups they do not settle (rows of several
 * runs, or no statistics) are read. This is how a run counts what it wrote: reading every column
 * chunk of a table of many small files back through Spark's reader costs a Hadoop configuration
 * copy per file, and took longer than writing them.
 */
final class ParquetFooters {
    private ParquetFooters() {
    }

    /** Rows in all files, rows of the run. */
    record Count(long rows, long runRows) {
    }

    /** What one file's footer says; {@code unsettled} when the run's rows must be counted by reading. */
    record FileCount(long rows, long runRows, boolean unsettled) {
    }

    /** One task's sums over its files. */
    static final class Tally implements Serializable {
        long rows;
        long runRows;
        final List<String> unsettled = new ArrayList<>();
    }

    /**
     * The Parquet files of a table folder, listed recursively as Spark reads them: names starting
     * with '_' or '.' (_SUCCESS, .crc files, temporary folders) are not part of it. One listing on
     * the driver; Spark's own (a listing job, then partition inference) took 8 s for 25,000 files.
     */
    static String[] list(Configuration conf, String folder) throws IOException {
        Path root = new Path(folder);
        FileSystem fs = root.getFileSystem(conf);
        List<String> files = new ArrayList<>();
        if (!fs.exists(root)) {
            return new String[0];
        }
        // listStatus, not listFiles: on the local file system the located statuses listFiles
        // makes read each file's permissions, a process per file without native libraries
        ArrayDeque<Path> folders = new ArrayDeque<>(List.of(root));
        while (!folders.isEmpty()) {
            for (FileStatus child : fs.listStatus(folders.pop())) {
                String name = child.getPath().getName();
                if (name.startsWith("_") || name.startsWith(".")) {
                    continue;
                }
                if (child.isDirectory()) {
                    folders.push(child.getPath());
                } else {
                    files.add(child.getPath().toString());
                }
            }
        }
        files.sort(null);
        return files.toArray(new String[0]);
    }

    static Count count(SparkSession spark, String[] files, String runIdColumn, String runId) {
        if (files.length == 0) {
            return new Count(0, 0);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
        try {
            int slices = Math.min(files.length, 4 * Math.max(1, jsc.defaultParallelism()));
            // one result per task (its sums, and the files the footers could not settle), not per file
            List<Tally> tallies = jsc.parallelize(Arrays.asList(files), slices).mapPartitions((Iterator<String> it) -> {
                Configuration c = conf.value().get();
                ParquetReadOptions options = ParquetReadOptions.builder().build();
                Binary run = Binary.fromString(runId);
                Tally t = new Tally();
                while (it.hasNext()) {
                    String f = it.next();
                    FileCount fc = read(c, options, f, runIdColumn, run);
                    t.rows += fc.rows();
                    if (fc.unsettled()) {
                        t.unsettled.add(f);
                    } else {
                        t.runRows += fc.runRows();
                    }
                }
                return List.of(t).iterator();
            }).collect();
            long rows = 0;
            long runRows = 0;
            List<String> unsettled = new ArrayList<>();
            for (Tally t : tallies) {
                rows += t.rows;
                runRows += t.runRows;
                unsettled.addAll(t.unsettled);
            }
            if (!unsettled.isEmpty()) {
                runRows += spark.read().parquet(unsettled.toArray(new String[0]))
                        .where(col(runIdColumn).equalTo(runId)).count();
            }
            return new Count(rows, runRows);
        } finally {
            conf.destroy();
        }
    }

    /**
     * One file's footer. The options and the run id's bytes are built once per task: building the
     * options from a Hadoop configuration, as {@code open(InputFile)} does, parses its XML
     * resources again each time (4 ms a file).
     */
    static FileCount read(Configuration conf, ParquetReadOptions options, String file, String runIdColumn,
                          Binary run) {
        long rows = 0;
        long runRows = 0;
        boolean unsettled = false;
        try (ParquetFileReader reader = ParquetFileReader.open(
                HadoopInputFile.fromPath(new Path(file), conf), options)) {
            for (BlockMetaData block : reader.getFooter().getBlocks()) {
                rows += block.getRowCount();
                switch (runRowsOf(block, runIdColumn, run)) {
                    case ALL -> runRows += block.getRowCount();
                    case NONE -> { }
                    case UNKNOWN -> unsettled = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the footer of " + file, e);
        }
        return new FileCount(rows, runRows, unsettled);
    }

    enum Share { ALL, NONE, UNKNOWN }

    /** Whether the statistics of the run-id column show all, none, or an unknown share of the rows to be the run's. */
    static Share runRowsOf(BlockMetaData block, String runIdColumn, Binary run) {
        if (block.getRowCount() == 0) {
            return Share.NONE;
        }
        for (ColumnChunkMetaData column : block.getColumns()) {
            if (!column.getPath().toDotString().equals(runIdColumn)) {
                continue;
            }
            Statistics<?> stats = column.getStatistics();
            if (stats == null || stats.isEmpty() || !stats.isNumNullsSet()) {
                return Share.UNKNOWN;
            }
            if (!stats.hasNonNullValue()) {
                return Share.NONE; // all null
            }
            if (!(stats.genericGetMin() instanceof Binary min) || !(stats.genericGetMax() instanceof Binary max)) {
                return Share.UNKNOWN;
            }
            if (stats.getNumNulls() == 0 && min.equals(run) && max.equals(run)) {
                return Share.ALL;
            }
            // Parquet orders strings as unsigned bytes, as Binary.compareTo does
            if (run.compareTo(min) < 0 || run.compareTo(max) > 0) {
                return Share.NONE;
            }
            return Share.UNKNOWN;
        }
        return Share.NONE; // no run-id column: rows of no run
    }
}

package io.gazette.spark;

import io.gazette.testing.SampleRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress line of a run: what it says, and that a real run prints it with numbers that only grow. */
class ProgressTest {
    static final Pattern LINE = Pattern.compile(
            "progress: ([\\d,]+) records in \\d+ s \\(([\\d.]+) records/s\\), (\\d+) of (\\d+) files read(; writing the tables)?");

    @Test
    void theLineSaysRecordsRateAndFiles() {
        assertEquals("progress: 12,345 records in 61 s (202.4 records/s), 3 of 11 files read",
                Progress.line(12_345, 61.0, 3, 11));
        assertEquals("progress: 0 records in 0 s (0.0 records/s), 0 of 2 files read", Progress.line(0, 0, 0, 2));
    }

    @Test
    @Tag("spark")
    void aRunPrintsGrowingCountsAndSaysWhenAllFilesAreRead() throws Exception {
        SampleRun.Result run = SampleRun.get();
        List<String> lines = run.progress();
        assertFalse(lines.isEmpty(), "no progress line in a run of " + run.report().seconds + " s");
        long lastRecords = -1;
        long lastFiles = -1;
        for (String l : lines) {
            Matcher m = LINE.matcher(l);
            assertTrue(m.matches(), l);
            long records = Long.parseLong(m.group(1).replace(",", ""));
            long files = Long.parseLong(m.group(3));
            assertTrue(records >= lastRecords && files >= lastFiles, "counts went down: " + lines);
            assertTrue(records <= run.report().recordsRead, l);
            assertEquals(run.report().inputFiles, Long.parseLong(m.group(4)), l);
            lastRecords = records;
            lastFiles = files;
        }
        String last = lines.get(lines.size() - 1);
        assertTrue(last.endsWith("; writing the tables"), "the last line says the reading is over: " + lines);
        assertEquals(run.report().recordsRead, lastRecords, "the last line counts every record: " + lines);
        assertEquals(run.report().inputFiles, lastFiles, lines::toString);
    }
}

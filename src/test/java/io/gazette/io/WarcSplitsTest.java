package io.gazette.io;

import io.gazette.model.RawPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ranges of one .warc.gz read by separate readers give the file's records, each once. */
class WarcSplitsTest {

    static WarcSplits.Source source(byte[] file) {
        return new WarcSplits.Source() {
            @Override
            public int read(long position, byte[] buffer, int offset, int length) {
                if (position >= file.length) {
                    return -1;
                }
                int n = (int) Math.min(length, file.length - position);
                System.arraycopy(file, (int) position, buffer, offset, n);
                return n;
            }

            @Override
            public InputStream from(long offset) {
                return new ByteArrayInputStream(file, (int) offset, file.length - (int) offset);
            }
        };
    }

    /** Offset, reject reason and URL of every record, the ranges read one after the other. */
    static List<String> readInRanges(byte[] file, String name, long rangeBytes) {
        List<String> out = new ArrayList<>();
        try {
            for (long s = 0; s < file.length; s += rangeBytes) {
                PageReader r = WarcSplits.open(source(file), name, s, Math.min(file.length, s + rangeBytes), file.length,
                        Fixtures.options());
                for (RawPage p : Fixtures.readAll(r)) {
                    out.add(key(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> readWhole(byte[] file, String name) {
        return Fixtures.readAll(file, name).stream().map(WarcSplitsTest::key).toList();
    }

    static String key(RawPage p) {
        return p.sourceOffset() + " " + (p.skip() == null ? "page" : p.skip().name()) + " " + p.url();
    }

    static byte[] wellFormed(int records) {
        byte[][] rs = new byte[records][];
        for (int i = 0; i < records; i++) {
            rs[i] = Fixtures.htmlResponse("https://example.com/story-" + i,
                    "<html><body><h1>Story " + i + "</h1><p>" + "Harbour news of the day. ".repeat(20 + i % 7) + "</p></body></html>");
        }
        return Fixtures.gzipPerRecord(rs);
    }

    @Test
    void everyRangeSizeGivesTheRecordsOfTheWholeFileOnceInOrder() {
        byte[] file = wellFormed(40);
        List<String> whole = readWhole(file, "a.warc.gz");
        assertEquals(40, whole.size());
        for (long size : new long[]{97, 500, 1024, 4096, file.length / 3, file.length, 10L * file.length}) {
            assertEquals(whole, readInRanges(file, "a.warc.gz", size), "ranges of " + size + " bytes");
        }
    }

    @Test
    void realDumpsReadInRangesAsWhole() throws IOException {
        // a CC-NEWS sample (a member per record) and a Heritrix whole-file gzip (one member: the
        // first range reads it all, the others nothing)
        for (String name : List.of("cc-news-sample.warc.gz", "heritrix-wholefile.warc.gz")) {
            byte[] file = Files.readAllBytes(Path.of("sample-data/warc", name));
            List<String> whole = readWhole(file, name);
            assertTrue(whole.size() > 3, name);
            for (long size : new long[]{512, 8192, file.length / 2 + 1}) {
                assertEquals(whole, readInRanges(file, name, size), name + " in ranges of " + size);
            }
        }
    }

    @Test
    void brokenGzipIsReportedAndNoRecordIsLostOrReadTwice() throws IOException {
        for (String name : List.of("gzip-corrupt-deflate.warc.gz", "gzip-empty-members.warc.gz",
                "gzip-header-only.warc.gz", "gzip-junk-after-last-member.warc.gz", "gzip-nul-padding-after-members.warc.gz",
                "gzip-odd-member-boundaries.warc.gz", "gzip-truncated.warc.gz", "gzip-whole-file.warc.gz")) {
            byte[] file = Files.readAllBytes(Path.of("src/test/resources/faults", name));
            List<String> whole = readWhole(file, name);
            for (long size : new long[]{31, 64, 700, file.length}) {
                List<String> ranged = readInRanges(file, name, size);
                String what = name + " in ranges of " + size + ": " + ranged + " against " + whole;
                Set<String> offsets = new HashSet<>();
                for (String k : ranged) {
                    assertTrue(offsets.add(k.substring(0, k.indexOf(' '))), "an offset read twice, " + what);
                }
                // every record read whole is read in ranges too (ranges can read more: a range after
                // a broken member starts afresh at the next record), and damage is reported in both
                for (String k : whole) {
                    if (k.contains(" page ")) {
                        assertTrue(ranged.contains(k), k + " lost, " + what);
                    }
                }
                assertEquals(whole.stream().anyMatch(k -> k.contains("TRUNCATED_INPUT") || k.contains("UNREADABLE_FILE")),
                        ranged.stream().anyMatch(k -> k.contains("TRUNCATED_INPUT") || k.contains("UNREADABLE_FILE")), what);
            }
        }
    }

    @Test
    void aRangeStartsAtTheFirstMemberThatHoldsARecord() throws IOException {
        byte[] file = wellFormed(3);
        long[] members = Fixtures.memberOffsets(Fixtures.htmlResponse("https://example.com/story-0", "x"));
        assertEquals(0, members[0]);
        long second = WarcSplits.nextRecordMember(source(file), 1, file.length);
        assertTrue(second > 0 && second < file.length);
        assertEquals(second, WarcSplits.nextRecordMember(source(file), second, file.length), "a member start is its own");
        // a gzip member whose content is not a WARC record (a stray gzip in between) is passed over
        byte[] withStray = Fixtures.concat(Fixtures.gzip(Fixtures.bytes("not a record\n")), file);
        int stray = Fixtures.gzip(Fixtures.bytes("not a record\n")).length;
        assertEquals(stray, WarcSplits.nextRecordMember(source(withStray), 1, withStray.length));
        assertEquals(file.length, WarcSplits.nextRecordMember(source(file), file.length - 5, file.length), "none: the end");
    }
}

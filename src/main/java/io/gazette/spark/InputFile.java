package io.gazette.spark;

import io.gazette.io.WarcSplits;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One input file as listed on the driver, or one byte range of it; executors open it by path. Size
 * and modification time tell a file that changed since an earlier run from one already processed.
 *
 * @param start first byte of the range ({@link WarcSplits}); 0 for a whole file
 * @param end   end of the range (exclusive), or -1 for a whole file
 */
public record InputFile(String path, long size, long modified, long start, long end) implements Serializable {

    /** A whole file. */
    public InputFile(String path, long size, long modified) {
        this(path, size, modified, 0, -1);
    }

    public boolean isRange() {
        return end >= 0;
    }

    /** Bytes this entry covers. */
    public long length() {
        return isRange() ? end - start : size;
    }

    /**
     * The files, with each .warc.gz file larger than {@code rangeBytes} cut into ranges of about
     * that size, so that one big file keeps several cores busy; other formats stay whole (a JSON
     * Lines or HTML file has no record boundary that can be found from the middle). 0 cuts nothing.
     */
    public static List<InputFile> ranges(List<InputFile> files, long rangeBytes) {
        List<InputFile> out = new ArrayList<>();
        for (InputFile f : files) {
            if (rangeBytes <= 0 || f.isRange() || f.size() <= rangeBytes
                    || !f.path().toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
                out.add(f);
                continue;
            }
            long n = (f.size() + rangeBytes - 1) / rangeBytes;
            long step = (f.size() + n - 1) / n; // even ranges: 2.1 GB in 1 GB ranges gives 3 of 0.7 GB
            for (long s = 0; s < f.size(); s += step) {
                out.add(new InputFile(f.path(), f.size(), f.modified(), s, Math.min(f.size(), s + step)));
            }
        }
        return out;
    }
}

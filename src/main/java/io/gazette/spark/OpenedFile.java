package io.gazette.spark;

import io.gazette.config.GazetteOptions;
import io.gazette.io.PageReader;
import io.gazette.io.PageReaders;
import io.gazette.io.WarcSplits;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * One input file opened on an executor: the Hadoop stream and the record reader over it. Opening
 * never throws: a file that cannot be opened gets a reader of one UNREADABLE_FILE record, which
 * stands for it in the accounting, so the file fails alone.
 */
final class OpenedFile implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenedFile.class);

    private final String path;
    private final InputStream stream;
    private final PageReader reader;

    private OpenedFile(String path, InputStream stream, PageReader reader) {
        this.path = path;
        this.stream = stream;
        this.reader = reader;
    }

    static OpenedFile open(InputFile f, Configuration conf, GazetteOptions.Input input) {
        InputStream stream = null;
        try {
            Path p = new Path(f.path());
            FileSystem fs = p.getFileSystem(conf);
            FSDataInputStream in = fs.open(p);
            stream = in;
            if (f.isRange()) {
                return range(f, in, input);
            }
            return new OpenedFile(f.path(), stream, PageReaders.open(stream, f.path(), input));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {}: {}", f.path(), e.toString());
            closeQuietly(f.path(), stream);
            return new OpenedFile(f.path(), null, PageReaders.unreadable(f.path(), e));
        }
    }

    /** A range of a split .warc.gz ({@link WarcSplits}): the records whose gzip member starts in it. */
    private static OpenedFile range(InputFile f, FSDataInputStream in, GazetteOptions.Input input) throws IOException {
        WarcSplits.Source file = new WarcSplits.Source() {
            @Override
            public int read(long position, byte[] buffer, int offset, int length) throws IOException {
                return in.read(position, buffer, offset, length);
            }

            @Override
            public InputStream from(long offset) throws IOException {
                in.seek(offset);
                return in;
            }
        };
        return new OpenedFile(f.path(), in, WarcSplits.open(file, f.path(), f.start(), f.end(), f.size(), input));
    }

    PageReader reader() {
        return reader;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            LOG.warn("closing {}: {}", path, e.toString());
        }
        closeQuietly(path, stream);
    }

    private static void closeQuietly(String path, InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                LOG.warn("closing {}: {}", path, e.toString());
            }
        }
    }
}

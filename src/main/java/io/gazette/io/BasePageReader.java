package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The iterator plumbing every reader shares: look-ahead of one record, a count, and the
 * guarantee that {@link #hasNext()} and {@link #next()} never throw for bad content. A bug that
 * escapes a reader ends the file with one {@code TRUNCATED_INPUT} record rather than the task.
 */
abstract class BasePageReader implements PageReader {
    protected final String sourceFile;
    private final InputFormat format;
    private final Closeable source;
    private RawPage lookahead;
    private boolean finished;
    private long count;

    BasePageReader(String sourceFile, InputFormat format, Closeable source) {
        this.sourceFile = sourceFile;
        this.format = format;
        this.source = source;
    }

    /** The next record, or null at the end. May throw only on bugs; those end the file. */
    protected abstract RawPage readNext();

    /** Offset to blame when {@link #readNext()} throws unexpectedly. */
    protected abstract long currentOffset();

    @Override
    public final boolean hasNext() {
        if (lookahead == null && !finished) {
            try {
                lookahead = readNext();
            } catch (RuntimeException e) {
                lookahead = RawPage.skipped(sourceFile, currentOffset(), format, null, null, null,
                        RejectReason.TRUNCATED_INPUT, "reader failed at offset " + currentOffset() + ": " + e
                                + "; the rest of the file is unread");
                finished = true;
            }
            if (lookahead == null) {
                finished = true;
            }
        }
        return lookahead != null;
    }

    @Override
    public final RawPage next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records in " + sourceFile);
        }
        RawPage r = lookahead;
        lookahead = null;
        count++;
        return r;
    }

    /** Stops the iteration after the record being returned (a fatal error was reported). */
    protected final void finish() {
        finished = true;
    }

    @Override
    public final InputFormat format() {
        return format;
    }

    @Override
    public final long recordsRead() {
        return count;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        lookahead = null;
        if (source != null) {
            source.close();
        }
    }
}

package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A stream of the records of one input file. Readers never hold a whole file in memory, and never
 * throw from {@link #next()} for bad content: a record they cannot read comes out as a
 * {@link RawPage} with a skip reason, and a file that is corrupt from some point on ends with one
 * {@code TRUNCATED_INPUT} record saying where.
 */
public interface PageReader extends Iterator<RawPage>, Closeable {

    /** The detected format of the file. */
    InputFormat format();

    /** Records returned by {@link #next()} so far. */
    long recordsRead();
}

package io.gazette.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * The block of one WARC record as an InputStream that remembers whether reading it failed.
 *
 * <p>Why: when something goes wrong while a record is turned into a page we must know whose fault
 * it is. If this stream failed, the file itself is cut or corrupt here (a TRUNCATED_INPUT that
 * ends the file); if it did not, the record's own content is bad (a CORRUPT_RECORD, and the next
 * record is read as usual). {@link #close()} does nothing: the WarcReader owns the channel and
 * skips the rest of the record itself.
 */
final class RecordStream extends InputStream {
    private final ReadableByteChannel channel;
    private IOException failure;

    RecordStream(ReadableByteChannel channel) {
        this.channel = channel;
    }

    /** The exception reading the file failed with, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        try {
            int n;
            do {
                n = channel.read(ByteBuffer.wrap(b, off, len));
            } while (n == 0);
            return n;
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
            throw failure;
        }
    }

    @Override
    public void close() {
        // The record's channel belongs to the WarcReader.
    }
}

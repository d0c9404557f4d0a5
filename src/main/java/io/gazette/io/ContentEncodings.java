package io.gazette.io;

import org.brotli.dec.BrotliInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes HTTP Content-Encoding (gzip, deflate, brotli) as a stream, trusting the bytes over the
 * header.
 *
 * <p>Why check the bytes: archives disagree about whether the stored body is still encoded. wget
 * and Heritrix keep it as sent; Common Crawl decodes it and renames the header to
 * X-Crawler-Content-Encoding (so there is nothing left to do); other tools decode it and keep the
 * header. Decoding twice would turn a good page into an error, so a body that claims gzip but does
 * not start with the gzip magic number is kept as it is, and likewise a "deflate" or "br" body that
 * already reads as text.
 */
final class ContentEncodings {
    private ContentEncodings() {
    }

    /** An encoding we cannot undo on a body that does not read as text either. */
    static final class UnsupportedEncodingException extends IOException {
        UnsupportedEncodingException(String message) {
            super(message);
        }
    }

    /**
     * @param stream the decoded payload
     * @param notes  what was done or deliberately not done, for people (empty when nothing odd)
     */
    record Decoding(InputStream stream, List<String> notes) {
    }

    private static final int PEEK = 512;

    /**
     * @param body      the payload after transfer decoding
     * @param encodings Content-Encoding tokens in the order they were applied
     * @throws UnsupportedEncodingException when an encoding cannot be undone and the bytes are not text
     */
    static Decoding decode(InputStream body, List<String> encodings) throws IOException {
        InputStream in = body;
        List<String> notes = new ArrayList<>(1);
        // Encodings are listed in the order they were applied, so they are undone from the last.
        for (int i = encodings.size() - 1; i >= 0; i--) {
            String enc = encodings.get(i).trim().toLowerCase(Locale.ROOT);
            if (enc.isEmpty() || enc.equals("identity") || enc.equals("none")) {
                continue;
            }
            BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 8192);
            byte[] head = peek(buffered);
            int n = head.length;
            switch (enc) {
                case "gzip", "x-gzip" -> {
                    if (ContentSniffer.isGzip(head, n)) {
                        in = new GZIPInputStream(buffered, 8192);
                    } else {
                        notes.add("Content-Encoding " + enc + " declared but the body is not gzip: kept as stored");
                        in = buffered;
                    }
                }
                case "deflate" -> {
                    if (n >= 2 && isZlibHeader(head[0], head[1])) {
                        in = new InflaterInputStream(buffered, new Inflater(false), 8192);
                    } else if (ContentSniffer.startsLikeText(head, n)) {
                        notes.add("Content-Encoding deflate declared but the body is already text: kept as stored");
                        in = buffered;
                    } else {
                        // Many servers send raw deflate without the zlib wrapper the spec asks for.
                        in = new InflaterInputStream(buffered, new Inflater(true), 8192);
                    }
                }
                case "br" -> {
                    // Brotli has no magic number; text is the only thing we can recognise.
                    if (ContentSniffer.startsLikeText(head, n)) {
                        notes.add("Content-Encoding br declared but the body is already text: kept as stored");
                        in = buffered;
                    } else {
                        in = new BrotliInputStream(buffered);
                    }
                }
                default -> {
                    if (ContentSniffer.startsLikeText(head, n)) {
                        notes.add("Content-Encoding " + enc + " not supported but the body is text: kept as stored");
                        in = buffered;
                    } else {
                        throw new UnsupportedEncodingException("Content-Encoding " + enc + " is not supported"
                                + (enc.equals("zstd") ? " (no zstd decoder on the classpath)" : ""));
                    }
                }
            }
        }
        return new Decoding(in, notes);
    }

    /** RFC 1950: method 8 and a header checksum that is a multiple of 31. */
    static boolean isZlibHeader(byte cmf, byte flg) {
        return (cmf & 0x0F) == 8 && (((cmf & 0xFF) << 8) | (flg & 0xFF)) % 31 == 0;
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = new byte[PEEK];
        int n = 0;
        int r;
        while (n < PEEK && (r = in.read(head, n, PEEK - n)) > 0) {
            n += r;
        }
        in.reset();
        return n == PEEK ? head : java.util.Arrays.copyOf(head, n);
    }
}

package io.gazette.io;

import io.gazette.config.GazetteOptions;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Builds WARC records and HTTP messages byte by byte, so tests show exactly what the reader gets. */
final class Fixtures {
    private Fixtures() {
    }

    static final String CRLF = "\r\n";

    static GazetteOptions.Input options() {
        return GazetteOptions.defaults().input();
    }

    static GazetteOptions.Input optionsWithCap(long cap) {
        GazetteOptions.Input d = options();
        return new GazetteOptions.Input(cap, d.jsonlUrlField(), d.jsonlHtmlFields(), d.jsonlIdField(),
                d.jsonlFetchedAtField());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A WARC record; {@code headers} are extra "Name: value" lines. */
    static byte[] warc(String version, String type, String uri, String contentType, byte[] block, String... headers) {
        return warcWithEol(CRLF, version, type, uri, contentType, block, headers);
    }

    static byte[] warc(String type, String uri, String contentType, byte[] block, String... headers) {
        return warc("WARC/1.0", type, uri, contentType, block, headers);
    }

    static byte[] warcWithEol(String eol, String version, String type, String uri, String contentType, byte[] block,
                              String... headers) {
        StringBuilder h = new StringBuilder();
        h.append(version).append(eol);
        h.append("WARC-Type: ").append(type).append(eol);
        h.append("WARC-Record-ID: <urn:uuid:").append(java.util.UUID.nameUUIDFromBytes(block)).append('>').append(eol);
        h.append("WARC-Date: 2024-03-05T06:07:08Z").append(eol);
        if (uri != null) {
            h.append("WARC-Target-URI: ").append(uri).append(eol);
        }
        if (contentType != null) {
            h.append("Content-Type: ").append(contentType).append(eol);
        }
        for (String extra : headers) {
            h.append(extra).append(eol);
        }
        h.append("Content-Length: ").append(block.length).append(eol).append(eol);
        return concat(bytes(h.toString()), block, bytes(eol + eol));
    }

    /** An HTTP response; {@code headers} are "Name: value" lines. */
    static byte[] http(String statusLine, byte[] body, String... headers) {
        StringBuilder h = new StringBuilder(statusLine).append(CRLF);
        for (String extra : headers) {
            h.append(extra).append(CRLF);
        }
        h.append(CRLF);
        return concat(latin1(h.toString()), body);
    }

    static byte[] response(String uri, byte[] httpMessage, String... warcHeaders) {
        return warc("response", uri, "application/http; msgtype=response", httpMessage, warcHeaders);
    }

    static byte[] htmlResponse(String uri, String html) {
        return response(uri, http("HTTP/1.1 200 OK", bytes(html), "Content-Type: text/html; charset=utf-8"));
    }

    static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** zlib-wrapped (nowrap=false) or raw (nowrap=true) deflate. */
    static byte[] deflate(byte[] data, boolean nowrap) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, nowrap))) {
                d.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each record its own gzip member, as a well-formed .warc.gz. */
    static byte[] gzipPerRecord(byte[]... records) {
        byte[][] members = new byte[records.length][];
        for (int i = 0; i < records.length; i++) {
            members[i] = gzip(records[i]);
        }
        return concat(members);
    }

    /** Offsets at which each member of {@link #gzipPerRecord} starts. */
    static long[] memberOffsets(byte[]... records) {
        long[] offsets = new long[records.length];
        long at = 0;
        for (int i = 0; i < records.length; i++) {
            offsets[i] = at;
            at += gzip(records[i]).length;
        }
        return offsets;
    }

    static byte[] chunked(byte[] body, int chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += chunk) {
            int n = Math.min(chunk, body.length - i);
            out.writeBytes(latin1(Integer.toHexString(n) + CRLF));
            out.write(body, i, n);
            out.writeBytes(latin1(CRLF));
        }
        out.writeBytes(latin1("0" + CRLF + CRLF));
        return out.toByteArray();
    }

    static InputStream resource(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/io/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /io/" + name);
        }
        return in;
    }

    static byte[] resourceBytes(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PageReader open(byte[] file, String name) {
        return PageReaders.open(new ByteArrayInputStream(file), name, options());
    }

    static List<RawPage> readAll(byte[] file, String name) {
        return readAll(PageReaders.open(new ByteArrayInputStream(file), name, options()));
    }

    static List<RawPage> readAll(PageReader reader) {
        List<RawPage> out = new ArrayList<>();
        try (reader) {
            while (reader.hasNext()) {
                out.add(reader.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String text(RawPage p) {
        return p.body() == null ? p.text() : new String(p.body(), StandardCharsets.UTF_8);
    }

    /** Records per outcome: "PAGE" or the skip reason. */
    static Map<String, Integer> outcomes(List<RawPage> pages) {
        Map<String, Integer> m = new TreeMap<>();
        for (RawPage p : pages) {
            m.merge(p.skip() == null ? "PAGE" : p.skip().name(), 1, Integer::sum);
        }
        return m;
    }

    static List<RawPage> withReason(List<RawPage> pages, RejectReason reason) {
        return pages.stream().filter(p -> p.skip() == reason).toList();
    }

    static List<RawPage> pagesOnly(List<RawPage> pages) {
        return pages.stream().filter(p -> !p.isSkipped()).toList();
    }

    static byte[] cut(byte[] b, int length) {
        return Arrays.copyOf(b, length);
    }
}

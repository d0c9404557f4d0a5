package io.gazette.faults;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * The fault files too big (or too dull) to commit: written at test time into a temporary folder,
 * once per JVM. Each is named in {@code cases.tsv} as {@code generated/<name>} with the outcome it
 * must produce, like the committed files.
 *
 * <p>The bombs are cheap to make: one gzip member of 1 MiB of zeros is ~1 KB, and a member may end
 * anywhere in a WARC file, so 10,240 copies of it are 10 GiB of zeros in ~10 MB. A reader that
 * does not stop at its caps inflates all of it.
 */
final class GeneratedFaults {
    private GeneratedFaults() {
    }

    private static final long GIB = 1L << 30;
    private static final int MIB = 1 << 20;

    /** What each generated file is made of. */
    private static final Map<String, Consumer<OutputStream>> MAKERS = Map.ofEntries(
            Map.entry("big-page-50mb-inline-data.html", GeneratedFaults::bigPageInlineData),
            Map.entry("big-page-50mb-paragraphs.warc.gz", GeneratedFaults::bigPageParagraphsWarc),
            Map.entry("deep-dom-100k.html", GeneratedFaults::deepDom),
            Map.entry("nested-paragraph-divs-10000.html", GeneratedFaults::nestedParagraphDivs),
            Map.entry("gzip-bomb-10gb.warc.gz", GeneratedFaults::gzipBombWarc),
            Map.entry("gzip-bomb-10gb.html.gz", GeneratedFaults::gzipBombHtml),
            Map.entry("gzip-bomb-10gb.jsonl.gz", GeneratedFaults::gzipBombJsonl),
            Map.entry("content-encoding-bomb-1gb.warc", GeneratedFaults::contentEncodingBomb),
            Map.entry("jsonl-giant-line-20mb.jsonl", GeneratedFaults::jsonlGiantLine),
            Map.entry("regex-domain-mentions-dotted.txt", GeneratedFaults::dottedDomainRuns),
            Map.entry("regex-junk-block-newsletter.html", GeneratedFaults::junkBlockNewsletter),
            Map.entry("entity-tokenizer-slash-run.html", GeneratedFaults::slashRun));

    private static Path dir;

    /** The generated file of this name, written on first use. */
    static synchronized Path get(String name) {
        Consumer<OutputStream> maker = MAKERS.get(name);
        if (maker == null) {
            throw new IllegalArgumentException("no generator for " + name + "; known: " + MAKERS.keySet());
        }
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("gazette-faults-");
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    maker.accept(out);
                }
                file.toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- pages -------------------------------------------------------------------------------

    /** An invented story of {@code paragraphs} distinct paragraphs (repeated ones are dropped by the extractor). */
    static String story(int paragraphs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            s.append("<p>Paragraph ").append(i).append(" of the report: the harbour board of Port Ellery met again, ")
                    .append("and the engineers said the north wall had moved by ").append(i % 97)
                    .append(" millimetres since the last survey.</p>\n");
        }
        return s.toString();
    }

    static String articleStart(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head>\n<body>\n<article>\n<h1>" + title + "</h1>\n";
    }

    static byte[] articlePage(String title, int paragraphs) {
        return (articleStart(title) + story(paragraphs) + "</article>\n</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An article, then 50 MB of inline application state, as single-page-app news sites ship it. */
    private static void bigPageInlineData(OutputStream out) {
        write(out, articleStart("Port Ellery ships fifty megabytes of state") + story(12) + "</article>\n"
                + "<script id=\"__APP_STATE__\" type=\"application/json\">{\"items\":[");
        StringBuilder chunk = new StringBuilder(MIB + 100);
        for (int i = 0; chunk.length() < MIB; i++) {
            chunk.append("{\"id\":").append(i).append(",\"kind\":\"teaser\",\"title\":\"Another story from the archive\"},");
        }
        byte[] b = chunk.toString().getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 50; i++) {
            write(out, b);
        }
        write(out, "{}]}</script>\n</body></html>\n");
    }

    /** One response record holding a 50 MB page of distinct paragraphs, gzipped per record. */
    private static void bigPageParagraphsWarc(OutputStream out) {
        ByteArrayOutputStream page = new ByteArrayOutputStream(52 * MIB);
        write(page, articleStart("Port Ellery prints the whole survey"));
        for (int i = 0; page.size() < 50 * MIB; i += 1000) {
            write(page, story(1000).replace("Paragraph ", "Paragraph " + i + "+"));
        }
        write(page, "</article>\n</body></html>\n");
        byte[] record = warcResponse(1, "https://porttimes.example.com/survey", httpHead(page.size()), page.toByteArray());
        gzipMember(out, record);
    }

    /** An article, then 100,000 nested divs (jsoup has no depth cap). */
    private static void deepDom(OutputStream out) {
        write(out, articleStart("Port Ellery goes one hundred thousand levels deep") + story(12) + "</article>\n");
        write(out, "<div>".repeat(100_000) + "the bottom" + "</div>".repeat(100_000));
        write(out, "</body></html>\n");
    }

    /**
     * Unclosed divs each holding a paragraph: a broken comment template does this. Every div is a
     * scoring candidate whose text is the whole rest of the page.
     */
    private static void nestedParagraphDivs(OutputStream out) {
        write(out, "<!DOCTYPE html><html><head><title>Port Ellery comment thread</title></head><body>\n");
        for (int i = 0; i < 10_000; i++) {
            write(out, "<div class=\"reply\"><p>Reader " + i + " writes that the breakwater vote was the right call, "
                    + "and that the cafes will survive one more winter of works.</p>\n");
        }
        write(out, "</body></html>\n");
    }

    // ---- bombs -------------------------------------------------------------------------------

    /** A normal record, then a response that declares 10 GiB of zeros and carries them, 1 MiB per member. */
    private static void gzipBombWarc(OutputStream out) {
        byte[] first = articlePage("Port Ellery before the bomb", 12);
        gzipMember(out, warcResponse(1, "https://porttimes.example.com/before", httpHead(first.length), first));
        long size = 10 * GIB;
        byte[] head = httpHead(size);
        String warcHead = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000002>\r\n"
                + "WARC-Date: 2026-03-14T08:02:00Z\r\nWARC-Target-URI: https://porttimes.example.com/bomb\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (head.length + size) + "\r\n\r\n";
        ByteArrayOutputStream start = new ByteArrayOutputStream();
        write(start, warcHead);
        write(start, head);
        gzipMember(out, start.toByteArray());
        zeroMembers(out, size);
        gzipMember(out, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A saved page of 10 GiB: an HTML start, then zeros. */
    private static void gzipBombHtml(OutputStream out) {
        gzipMember(out, "<!DOCTYPE html><html><body><p>".getBytes(StandardCharsets.US_ASCII));
        zeroMembers(out, 10 * GIB);
    }

    /** One JSON line whose html string is 10 GiB of the letter a. */
    private static void gzipBombJsonl(OutputStream out) {
        gzipMember(out, "{\"url\": \"https://porttimes.example.com/bomb\", \"html\": \"".getBytes(StandardCharsets.US_ASCII));
        byte[] member = gzip(filled(MIB, (byte) 'a'));
        for (long n = 0; n < 10 * GIB; n += MIB) {
            write(out, member);
        }
        gzipMember(out, "\"}\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** An uncompressed WARC whose response body is Content-Encoding gzip of 1 GiB of zeros, then an article. */
    private static void contentEncodingBomb(OutputStream out) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(2 * MIB);
        byte[] member = gzip(new byte[MIB]);
        for (int i = 0; i < 1024; i++) {
            write(body, member);
        }
        byte[] b = body.toByteArray();
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Content-Length: " + b.length + "\r\n\r\n";
        write(out, warcResponse(1, "https://porttimes.example.com/encoded-bomb", head.getBytes(StandardCharsets.US_ASCII), b));
        byte[] page = articlePage("Port Ellery after the encoded bomb", 12);
        write(out, warcResponse(2, "https://porttimes.example.com/after", httpHead(page.length), page));
    }

    /** A good line, a 20 MB line (over the 2 x 8 MiB line cap), a good line. */
    private static void jsonlGiantLine(OutputStream out) {
        write(out, jsonLine(1, new String(articlePage("Port Ellery before the giant line", 12), StandardCharsets.UTF_8)));
        write(out, "{\"url\": \"https://porttimes.example.com/giant\", \"html\": \"");
        byte[] chunk = filled(MIB, (byte) 'x');
        for (int i = 0; i < 20; i++) {
            write(out, chunk);
        }
        write(out, "\"}\n");
        write(out, jsonLine(3, new String(articlePage("Port Ellery after the giant line", 12), StandardCharsets.UTF_8)));
    }

    // ---- regular expressions ------------------------------------------------------------------

    /**
     * A plain-text page without URL (so the outlet comes from domain names in the text) whose text
     * holds long runs of "1.": Outlets.DOMAIN_MENTION's repeated group recurses once per label.
     */
    private static void dottedDomainRuns(OutputStream out) {
        StringBuilder s = new StringBuilder("Port Ellery publishes the survey readings in full\n\n");
        for (int i = 0; i < 8; i++) {
            s.append("Survey table ").append(i).append(" lists the wall readings, as printed by porttimes.example.com, ")
                    .append("one after another without spaces: ");
            s.append("1.".repeat(3000)).append("\n\n");
        }
        s.append("The harbour board will publish the next survey in March, the engineers said in a statement.\n");
        write(out, s.toString());
    }

    /**
     * A 480 KB paragraph that starts like a newsletter box and ends in a LINE SEPARATOR, which
     * "\\s+" leaves alone and "." does not match: TextSelectors.JUNK_BLOCK's
     * "sign up.*newsletter.*" then retries the second ".*" from every "newsletter".
     */
    private static void junkBlockNewsletter(OutputStream out) {
        write(out, articleStart("Port Ellery and the newsletter box") + story(12)
                + "<p>Sign up " + "for our newsletter ".repeat(25_000) + "\u2028and the board said nothing more.</p>\n</article>\n</body></html>\n");
    }

    /** An English article with a 120 KB token "12/12/12/...": CoreNLP's tokenizer (PTBLexer) backtracks over it. */
    private static void slashRun(OutputStream out) {
        write(out, articleStart("Port Ellery prints the tide table") + story(12)
                + "<p>The tide table reads " + "12/".repeat(40_000) + " and the board said nothing more.</p>\n"
                + "</article>\n</body></html>\n");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String jsonLine(int n, String html) {
        return "{\"url\": \"https://porttimes.example.com/news/" + n + "\", \"html\": \""
                + html.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n";
    }

    static byte[] httpHead(long bodyLength) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + bodyLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] warcResponse(int n, String uri, byte[] httpHead, byte[] body) {
        ByteArrayOutputStream r = new ByteArrayOutputStream(httpHead.length + body.length + 512);
        write(r, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
                + String.format("%012d", n) + ">\r\nWARC-Date: 2026-03-14T08:00:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (httpHead.length + body.length) + "\r\n\r\n");
        write(r, httpHead);
        write(r, body);
        write(r, "\r\n\r\n");
        return r.toByteArray();
    }

    /** {@code size} bytes of zeros as gzip members of 1 MiB each (the last one shorter). */
    private static void zeroMembers(OutputStream out, long size) {
        byte[] full = gzip(new byte[MIB]);
        long n = 0;
        for (; n + MIB <= size; n += MIB) {
            write(out, full);
        }
        if (n < size) {
            write(out, gzip(new byte[(int) (size - n)]));
        }
    }

    private static void gzipMember(OutputStream out, byte[] data) {
        write(out, gzip(data));
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(data.length / 100 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(b, 1 << 16)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    private static byte[] filled(int n, byte value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, value);
        return b;
    }

    private static void write(OutputStream out, String s) {
        write(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, byte[] b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.gazette.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a large synthetic news dump for end-to-end runs: WARC/1.0 files, one gzip member per
 * record as CC-NEWS has them, of a set size each. Pages are invented, never copied: each outlet
 * gets a host, a name, a time zone, a language, a charset habit and one of several page layouts
 * (WordPress-like, JSON-LD news site, component-based, old table layout, app shell with a big
 * state script, wire agency), and every page gets fresh text, headline, authors and dates. Pages
 * are sized like real ones (inline scripts and styles, navigation, related lists, comments; about
 * 100-200 KB of HTML, roughly 5:1 under gzip), so pages/s and MB/s resemble a real crawl.
 *
 * <p>Besides articles, a small share of records are what crawls also hold: 404 pages, pages too
 * short to be articles, request records. Output is deterministic for a given seed.
 *
 * <pre>
 *   MakeBenchDump --out bench-data/dump --files 2 --file-mb 1024
 * </pre>
 */
public final class MakeBenchDump {

    static final class Settings {
        Path out = Path.of("bench-data/dump");
        int files = 2;
        long fileBytes = 1024L << 20;
        int outlets = 1500;
        int days = 31;
        LocalDate start = LocalDate.of(2026, 3, 1);
        int level = Deflater.DEFAULT_COMPRESSION;
        long seed = 42;
        int threads = Runtime.getRuntime().availableProcessors();
    }

    public static void main(String[] args) throws Exception {
        Settings s = new Settings();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                System.out.println(HELP);
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + a + "\n" + HELP);
            }
            String v = args[++i];
            switch (a) {
                case "--out" -> s.out = Path.of(v);
                case "--files" -> s.files = Integer.parseInt(v);
                case "--file-mb" -> s.fileBytes = (long) (Double.parseDouble(v) * (1 << 20));
                case "--outlets" -> s.outlets = Integer.parseInt(v);
                case "--days" -> s.days = Integer.parseInt(v);
                case "--start" -> s.start = LocalDate.parse(v);
                case "--level" -> s.level = Integer.parseInt(v);
                case "--seed" -> s.seed = Long.parseLong(v);
                case "--threads" -> s.threads = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + HELP);
            }
        }
        Files.createDirectories(s.out);
        List<Outlet> outlets = Outlet.make(s.outlets, new SplittableRandom(s.seed), s.level);
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(s.threads, s.files)));
        List<Future<long[]>> done = new ArrayList<>();
        for (int f = 0; f < s.files; f++) {
            int index = f;
            done.add(pool.submit(() -> writeFile(s, outlets, index)));
        }
        long records = 0, pages = 0, bytes = 0, raw = 0;
        for (Future<long[]> d : done) {
            long[] r = d.get();
            records += r[0];
            pages += r[1];
            bytes += r[2];
            raw += r[3];
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT,
                "wrote %d files to %s: %d records (%d article pages), %.1f MB gzip (%.1f MB uncompressed) in %.0f s, %.1f MB/s%n",
                s.files, s.out, records, pages, bytes / 1e6, raw / 1e6, secs, bytes / 1e6 / secs);
    }

    static final String HELP = """
            Usage: make-bench-dump [--out DIR] [--files N] [--file-mb MB] [--outlets N] [--days N]
                                   [--start YYYY-MM-DD] [--level 0-9] [--seed N] [--threads N]
            Writes N synthetic WARC.gz files (one gzip member per record) of about MB each.
              --out DIR      output folder (default bench-data/dump); files are bench-NNNNN.warc.gz
              --files N      number of files (default 2)
              --file-mb MB   compressed size of each file in MiB (default 1024)
              --outlets N    number of invented outlets (default 1500)
              --days N       publication days covered (default 31), from --start (default 2026-03-01)
              --level L      gzip level (default 6, zlib's default, as crawlers use)
              --seed N       random seed (default 42); the same seed gives the same files
              --threads N    files written in parallel (default: the number of cores)""";

    /** Returns {records, article pages, compressed bytes, uncompressed bytes}. */
    static long[] writeFile(Settings s, List<Outlet> outlets, int index) throws IOException {
        Path file = s.out.resolve(String.format(Locale.ROOT, "bench-%05d.warc.gz", index));
        SplittableRandom rnd = new SplittableRandom(s.seed * 1_000_003L + index);
        PageWriter pages = new PageWriter(rnd);
        long records = 0, articles = 0, raw = 0;
        try (CountingOut out = new CountingOut(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            GzipMember gz = new GzipMember(s.level);
            Instant crawlStart = s.start.atStartOfDay().toInstant(ZoneOffset.UTC);
            byte[] info = warcinfo(file.getFileName().toString(), crawlStart);
            raw += gz.write(out, List.of(info));
            records++;
            while (out.count < s.fileBytes) {
                Outlet o = outlets.get(pickOutlet(rnd, outlets.size()));
                int day = rnd.nextInt(s.days);
                int kind = rnd.nextInt(100);
                // publication instant: a local time of day at the outlet
                OffsetDateTime published = s.start.plusDays(day).atTime(6 + rnd.nextInt(17), rnd.nextInt(60), rnd.nextInt(60))
                        .atOffset(o.offset);
                Instant fetched = published.toInstant().plus(Duration.ofMinutes(5 + rnd.nextInt(36 * 60)));
                Page p = pages.page(o, published, kind);
                String httpHead = "HTTP/1.1 " + p.status + "\r\n"
                        + "Content-Type: text/html" + (o.charsetInHeader ? "; charset=" + o.charset.name().toLowerCase(Locale.ROOT) : "") + "\r\n"
                        + "Content-Length: " + p.length + "\r\n"
                        + "Server: nginx\r\nCache-Control: max-age=60\r\n\r\n";
                if (kind < 3) {
                    raw += gz.write(out, List.of(request(p.url, fetched, o.host, rnd)));
                    records++;
                }
                byte[] http = httpHead.getBytes(StandardCharsets.ISO_8859_1);
                String warcHead = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: " + fetched
                        + "\r\nWARC-Record-ID: <urn:uuid:" + new UUID(rnd.nextLong(), rnd.nextLong()) + ">\r\nWARC-Target-URI: " + p.url
                        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                        + (http.length + p.length) + "\r\n\r\n" + httpHead;
                List<Object> parts = new ArrayList<>(p.parts.size() + 2);
                parts.add(warcHead.getBytes(StandardCharsets.ISO_8859_1));
                parts.addAll(p.parts);
                parts.add(END_OF_RECORD);
                raw += gz.write(out, parts);
                records++;
                if (p.article) {
                    articles++;
                }
            }
            return new long[]{records, articles, out.count, raw};
        }
    }

    /** Outlets by a Zipf-like rank: a few big sites, a long tail, as in CC-NEWS. */
    static int pickOutlet(SplittableRandom rnd, int n) {
        double u = rnd.nextDouble();
        return Math.min(n - 1, (int) (n * u * u * u));
    }

    static byte[] warcinfo(String name, Instant date) {
        String fields = "software: gazette make-bench-dump\r\nformat: WARC File Format 1.0\r\n"
                + "description: synthetic news pages for benchmarks (invented text and outlets)\r\n";
        byte[] block = fields.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: " + date + "\r\nWARC-Filename: " + name
                + "\r\nWARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "Content-Type: application/warc-fields\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.UTF_8), block, new byte[0]);
    }

    static byte[] request(String url, Instant fetched, String host, SplittableRandom rnd) {
        String http = "GET " + url.substring(url.indexOf('/', 8)) + " HTTP/1.1\r\nHost: " + host
                + "\r\nUser-Agent: bench-crawler/1.0\r\nAccept: text/html\r\n\r\n";
        byte[] block = http.getBytes(StandardCharsets.ISO_8859_1);
        String head = "WARC/1.0\r\nWARC-Type: request\r\nWARC-Date: " + fetched.toString()
                + "\r\nWARC-Record-ID: <urn:uuid:" + new UUID(rnd.nextLong(), rnd.nextLong()) + ">\r\nWARC-Target-URI: " + url
                + "\r\nContent-Type: application/http; msgtype=request\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.UTF_8), block, new byte[0]);
    }

    static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] r = new byte[a.length + b.length + c.length + 4];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        System.arraycopy(c, 0, r, a.length + b.length, c.length);
        r[r.length - 4] = '\r';
        r[r.length - 3] = '\n';
        r[r.length - 2] = '\r';
        r[r.length - 1] = '\n';
        return r;
    }

    static final byte[] END_OF_RECORD = {'\r', '\n', '\r', '\n'};

    /**
     * A part of a page that is the same on every page of an outlet (its inline scripts and styles,
     * navigation, footer), compressed once. Raw deflate ending in a full flush holds no reference
     * to earlier bytes, so it can be spliced into any member's deflate stream; this is what makes
     * the generator fast (only the text that changes is compressed per page). A decoder sees an
     * ordinary gzip member.
     */
    record Chunk(byte[] raw, byte[] deflated) {
        static Chunk of(String ascii, int level) {
            byte[] raw = ascii.getBytes(StandardCharsets.UTF_8);
            Deflater d = new Deflater(level, true);
            d.setInput(raw);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length / 3 + 64);
            byte[] buf = new byte[1 << 16];
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
                out.write(buf, 0, n);
            } while (n == buf.length);
            d.end();
            return new Chunk(raw, out.toByteArray());
        }
    }

    /** One complete gzip member per record (RFC 1952), reusing one Deflater. */
    static final class GzipMember {
        private final Deflater deflater;
        private final byte[] buf = new byte[1 << 16];
        private final CRC32 crc = new CRC32();

        GzipMember(int level) {
            deflater = new Deflater(level, true);
        }

        /** Parts are byte[] (compressed here) or {@link Chunk}s (copied); the last must be a byte[]. */
        long write(OutputStream out, List<Object> parts) throws IOException {
            out.write(new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
            deflater.reset();
            crc.reset();
            long length = 0;
            for (int i = 0; i < parts.size(); i++) {
                Object part = parts.get(i);
                if (part instanceof Chunk c) {
                    out.write(c.deflated());
                    crc.update(c.raw());
                    length += c.raw().length;
                    continue;
                }
                byte[] data = (byte[]) part;
                crc.update(data);
                length += data.length;
                deflater.setInput(data);
                if (i == parts.size() - 1) {
                    deflater.finish();
                    while (!deflater.finished()) {
                        out.write(buf, 0, deflater.deflate(buf));
                    }
                } else {
                    // a full flush ends byte-aligned and forgets the window, so a Chunk may follow
                    int n;
                    do {
                        n = deflater.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
                        out.write(buf, 0, n);
                    } while (n == buf.length);
                }
            }
            writeIntLe(out, (int) crc.getValue());
            writeIntLe(out, (int) length);
            return length;
        }

        private static void writeIntLe(OutputStream out, int v) throws IOException {
            out.write(v & 0xff);
            out.write((v >>> 8) & 0xff);
            out.write((v >>> 16) & 0xff);
            out.write((v >>> 24) & 0xff);
        }
    }

    static final class CountingOut extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    // ---------------------------------------------------------------- outlets and words

    enum Layout { WORDPRESS, JSONLD_NEWS, COMPONENTS, TABLES, APP_SHELL, AGENCY }

    enum Lang { EN, DE, ES, FR }

    static final class Outlet {
        String host;
        String name;
        ZoneOffset offset;
        Lang lang;
        Layout layout;
        Charset charset;
        boolean charsetInHeader;
        boolean dateInUrl;
        String[] sections;
        // the same on every page of the site, as on real sites
        Chunk script;
        Chunk style;
        Chunk nav;
        Chunk tail;
        List<String> staff;

        static final String[] TLDS = {"com", "com", "com", "co.uk", "de", "es", "fr", "com.au", "co.nz", "in", "ca",
                "org", "net", "ie", "co.za", "news"};
        static final ZoneOffset[] ZONES = {ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2),
                ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-4), ZoneOffset.ofHours(-8), ZoneOffset.ofHoursMinutes(5, 30),
                ZoneOffset.ofHours(9), ZoneOffset.ofHours(10), ZoneOffset.ofHours(12), ZoneOffset.ofHours(-3)};

        static List<Outlet> make(int n, SplittableRandom rnd, int level) {
            List<Outlet> all = new ArrayList<>(n);
            java.util.Set<String> hosts = new java.util.HashSet<>();
            Chunk[] scripts = new Chunk[24];
            Chunk[] styles = new Chunk[24];
            String[] tails = new String[24];
            for (int i = 0; i < scripts.length; i++) {
                scripts[i] = Chunk.of("<script>" + Words.script(rnd, 40_000 + rnd.nextInt(80_000)) + "</script>\n", level);
                styles[i] = Chunk.of("<style>" + Words.style(rnd, 8_000 + rnd.nextInt(30_000)) + "</style>\n", level);
                tails[i] = "<script>" + Words.script(rnd, 2_000 + rnd.nextInt(8_000)) + "</script>\n</body>\n</html>\n";
            }
            while (all.size() < n) {
                Outlet o = new Outlet();
                String base = Words.pseudo(rnd, 2 + rnd.nextInt(2)) + (rnd.nextInt(3) == 0 ? "-" + Words.pick(rnd, Words.MASTHEAD).toLowerCase(Locale.ROOT) : "");
                int t = rnd.nextInt(Outlet.TLDS.length);
                o.host = "www." + base + "." + TLDS[t];
                if (!hosts.add(o.host)) {
                    continue;
                }
                o.name = "The " + Words.capitalise(base.replace('-', ' ')) + " " + Words.pick(rnd, Words.MASTHEAD);
                o.lang = switch (TLDS[t]) {
                    case "de" -> Lang.DE;
                    case "es" -> Lang.ES;
                    case "fr" -> Lang.FR;
                    default -> rnd.nextInt(12) == 0 ? Lang.values()[1 + rnd.nextInt(3)] : Lang.EN;
                };
                o.offset = switch (o.lang) {
                    case DE, ES, FR -> ZoneOffset.ofHours(1 + rnd.nextInt(2));
                    default -> ZONES[rnd.nextInt(ZONES.length)];
                };
                o.layout = Layout.values()[rnd.nextInt(Layout.values().length)];
                o.charset = o.lang != Lang.EN && rnd.nextInt(4) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
                // about a third of real responses name no charset in the HTTP header
                o.charsetInHeader = rnd.nextInt(3) != 0;
                o.dateInUrl = rnd.nextBoolean();
                o.sections = new String[5 + rnd.nextInt(8)];
                for (int s = 0; s < o.sections.length; s++) {
                    o.sections[s] = Words.pick(rnd, Words.SECTIONS);
                }
                o.script = scripts[rnd.nextInt(scripts.length)];
                o.style = styles[rnd.nextInt(styles.length)];
                o.tail = Chunk.of(Words.footer(o) + tails[rnd.nextInt(tails.length)], level);
                o.staff = new ArrayList<>();
                for (int s = 0, k = 3 + rnd.nextInt(20); s < k; s++) {
                    o.staff.add(Words.person(rnd));
                }
                o.nav = Chunk.of(Words.nav(rnd, o), level);
                all.add(o);
            }
            return all;
        }
    }

    /** The page's bytes as parts: byte[] made for this page, {@link Chunk}s shared by the outlet. */
    record Page(String url, List<Object> parts, long length, String status, boolean article) {
    }

    /** Builds one page; one per file-writing thread. */
    static final class PageWriter {
        private final SplittableRandom rnd;
        private final StringBuilder sb = new StringBuilder(256 * 1024);
        private final List<Object> parts = new ArrayList<>();
        private long length;
        private Charset charset;

        private void cut() {
            byte[] b = sb.toString().getBytes(charset);
            parts.add(b);
            length += b.length;
            sb.setLength(0);
        }

        private void shared(Chunk c) {
            cut();
            parts.add(c);
            length += c.raw().length;
        }

        private Page done(String url, String status, boolean article) {
            cut();
            Page p = new Page(url, List.copyOf(parts), length, status, article);
            parts.clear();
            length = 0;
            return p;
        }
        private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

        PageWriter(SplittableRandom rnd) {
            this.rnd = rnd;
        }

        Page page(Outlet o, OffsetDateTime published, int kind) {
            String section = o.sections[rnd.nextInt(o.sections.length)];
            String headline = Words.headline(rnd, o.lang);
            String slug = Words.slug(headline);
            long id = 1_000_000 + rnd.nextInt(90_000_000);
            String url = "https://" + o.host + "/" + section.toLowerCase(Locale.ROOT)
                    + (o.dateInUrl ? String.format(Locale.ROOT, "/%d/%02d/%02d", published.getYear(),
                    published.getMonthValue(), published.getDayOfMonth()) : "")
                    + "/" + slug + "-" + id + (o.layout == Layout.TABLES ? ".html" : "");
            charset = o.charset;
            sb.setLength(0);
            if (kind == 99) {
                sb.append("<!DOCTYPE html><html><head><title>Page not found | ").append(o.name).append("</title>");
                shared(o.style);
                sb.append("</head><body>");
                shared(o.nav);
                sb.append("<h1>Page not found</h1><p>Sorry, we could not find that page.</p></body></html>");
                return done(url, "404 Not Found", false);
            }
            List<String> authors = new ArrayList<>();
            for (int a = 0, k = rnd.nextInt(10) < 7 ? 1 : rnd.nextInt(3); a < k; a++) {
                authors.add(o.staff.get(rnd.nextInt(o.staff.size())));
            }
            int paragraphs = kind == 98 ? 1 : 5 + rnd.nextInt(rnd.nextInt(4) == 0 ? 40 : 20);
            String standfirst = Words.sentence(rnd, o.lang, 18 + rnd.nextInt(14));
            String dateIso = published.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(ISO);
            head(o, headline, standfirst, url, dateIso, authors, section);
            sb.append("<body class=\"").append(section.toLowerCase(Locale.ROOT)).append(" layout-").append(o.layout.ordinal()).append("\">\n");
            sb.append("<div class=\"cookie-banner\" role=\"dialog\"><p>").append(Words.sentence(rnd, Lang.EN, 40))
                    .append("</p><button>Accept</button></div>\n");
            shared(o.nav);
            switch (o.layout) {
                case WORDPRESS -> {
                    sb.append("<div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n<article class=\"post type-post status-publish\">\n<header class=\"entry-header\"><h1 class=\"entry-title\">")
                            .append(headline).append("</h1><div class=\"entry-meta\"><span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"")
                            .append(dateIso).append("\">").append(Words.humanDate(published, o.lang)).append("</time></span> <span class=\"byline\">By ");
                    bylineLinks(authors);
                    sb.append("</span></div></header>\n<div class=\"entry-content\">\n");
                    paragraphs(o, paragraphs, "p");
                    sb.append("</div>\n<footer class=\"entry-footer\"><span class=\"tags-links\">Tags: ");
                    tags(o);
                    sb.append("</span></footer></article>\n");
                    related(o);
                    comments(o);
                    sb.append("</main></div>\n");
                }
                case JSONLD_NEWS -> {
                    sb.append("<main><article class=\"news-article\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n<h1 itemprop=\"headline\">")
                            .append(headline).append("</h1>\n<p class=\"standfirst\">").append(standfirst).append("</p>\n<div class=\"article-meta\"><div class=\"author\">");
                    bylineLinks(authors);
                    sb.append("</div><div class=\"date\">").append(Words.humanDate(published, o.lang)).append("</div></div>\n");
                    share();
                    sb.append("<div class=\"article-body\" itemprop=\"articleBody\">\n");
                    paragraphs(o, paragraphs, "p");
                    sb.append("</div>\n");
                    share();
                    sb.append("</article>\n");
                    related(o);
                    sb.append("</main>\n");
                }
                case COMPONENTS -> {
                    sb.append("<main id=\"main-content\"><div data-component=\"headline-block\"><h1 id=\"content\">").append(headline)
                            .append("</h1></div>\n<div data-component=\"byline-block\"><div class=\"ssrcss-byline\"><span>");
                    sb.append(authors.isEmpty() ? o.name : String.join(" and ", authors)).append("</span></div></div>\n")
                            .append("<div data-component=\"timestamp-block\"><time datetime=\"").append(dateIso).append("\">")
                            .append(Words.humanDate(published, o.lang)).append("</time></div>\n");
                    for (int i = 0; i < paragraphs; i++) {
                        sb.append("<div data-component=\"text-block\" class=\"ssrcss-text\"><p>");
                        sb.append(Words.paragraph(rnd, o.lang)).append("</p></div>\n");
                        if (i == 3) {
                            sb.append("<div data-component=\"image-block\"><figure><img src=\"https://ichef.").append(o.host.substring(4))
                                    .append("/img/").append(rnd.nextInt(1 << 30)).append(".jpg\" alt=\"").append(Words.sentence(rnd, o.lang, 8))
                                    .append("\"><figcaption>").append(Words.sentence(rnd, o.lang, 12)).append("</figcaption></figure></div>\n");
                        }
                    }
                    related(o);
                    sb.append("</main>\n");
                }
                case TABLES -> {
                    sb.append("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td class=\"leftnav\" width=\"160\">");
                    for (String s : o.sections) {
                        sb.append("<a href=\"/").append(s.toLowerCase(Locale.ROOT)).append("/\">").append(s).append("</a><br>");
                    }
                    sb.append("</td><td class=\"story\"><font face=\"Arial\"><b class=\"headline\">").append(headline).append("</b><br>\n<i>")
                            .append(authors.isEmpty() ? "Staff" : String.join(", ", authors)).append(" &middot; ")
                            .append(Words.humanDate(published, o.lang)).append("</i><br><br>\n");
                    for (int i = 0; i < paragraphs; i++) {
                        sb.append(Words.paragraph(rnd, o.lang)).append("<br><br>\n");
                    }
                    sb.append("</font></td><td class=\"rightcol\" width=\"200\">");
                    related(o);
                    sb.append("</td></tr></table>\n");
                }
                case APP_SHELL -> {
                    sb.append("<div id=\"__next\"><div class=\"layout\"><section class=\"story-body\"><h1 class=\"story-title\">")
                            .append(headline).append("</h1><div class=\"story-byline\">");
                    bylineLinks(authors);
                    sb.append(" <span class=\"story-date\">").append(Words.humanDate(published, o.lang)).append("</span></div>\n");
                    paragraphs(o, paragraphs, "p");
                    sb.append("</section>");
                    related(o);
                    sb.append("</div></div>\n<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"pageProps\":{\"story\":{\"id\":")
                            .append(id).append(",\"headline\":\"").append(headline.replace("\"", "'")).append("\",\"published\":\"").append(dateIso)
                            .append("\",\"blocks\":[");
                    for (int i = 0; i < paragraphs; i++) {
                        sb.append(i == 0 ? "" : ",").append("{\"type\":\"text\",\"html\":\"").append(Words.paragraph(rnd, o.lang)).append("\"}");
                    }
                    sb.append("]}}}}</script>\n");
                }
                case AGENCY -> {
                    sb.append("<div id=\"content\"><div class=\"story\"><h1>").append(headline).append("</h1>\n<p class=\"dateline\">")
                            .append(Words.humanDate(published, o.lang)).append("</p>\n<div class=\"story-text\">\n<p>")
                            .append(Words.pick(rnd, Words.CITIES).toUpperCase(Locale.ROOT)).append(" (").append(o.name).append(") - ")
                            .append(Words.paragraph(rnd, o.lang)).append("</p>\n");
                    paragraphs(o, paragraphs - 1, "p");
                    sb.append("<p class=\"credit\">Reporting by ").append(authors.isEmpty() ? "staff" : String.join(" and ", authors))
                            .append("; editing by ").append(o.staff.get(0)).append("</p>\n</div></div></div>\n");
                    related(o);
                }
            }
            shared(o.tail);
            return done(url, "200 OK", kind != 98);
        }

        private void head(Outlet o, String headline, String standfirst, String url, String dateIso, List<String> authors,
                          String section) {
            sb.append("<!DOCTYPE html>\n<html lang=\"").append(o.lang.name().toLowerCase(Locale.ROOT)).append("\">\n<head>\n");
            sb.append("<meta charset=\"").append(o.charset.name().toLowerCase(Locale.ROOT)).append("\">\n");
            sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(headline)
                    .append(" | ").append(o.name).append("</title>\n");
            sb.append("<meta name=\"description\" content=\"").append(standfirst).append("\">\n");
            sb.append("<link rel=\"canonical\" href=\"").append(url).append("\">\n");
            sb.append("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:site_name\" content=\"").append(o.name)
                    .append("\">\n<meta property=\"og:title\" content=\"").append(headline).append("\">\n<meta property=\"og:url\" content=\"")
                    .append(url).append("\">\n<meta property=\"og:image\" content=\"https://static.").append(o.host.substring(4))
                    .append("/img/").append(rnd.nextInt(1 << 30)).append("-1200x630.jpg\">\n");
            boolean metaDate = o.layout != Layout.TABLES && o.layout != Layout.AGENCY;
            if (metaDate) {
                sb.append("<meta property=\"article:published_time\" content=\"").append(dateIso).append("\">\n")
                        .append("<meta property=\"article:section\" content=\"").append(section).append("\">\n");
            }
            if (!authors.isEmpty() && o.layout != Layout.COMPONENTS) {
                sb.append("<meta name=\"author\" content=\"").append(String.join(", ", authors)).append("\">\n");
            }
            sb.append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n");
            shared(o.style);
            if (o.layout == Layout.JSONLD_NEWS || o.layout == Layout.COMPONENTS || o.layout == Layout.AGENCY) {
                sb.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
                        .append(headline.replace("\"", "'")).append("\",\"datePublished\":\"").append(dateIso)
                        .append("\",\"mainEntityOfPage\":\"").append(url).append("\",\"author\":[");
                for (int i = 0; i < authors.size(); i++) {
                    sb.append(i == 0 ? "" : ",").append("{\"@type\":\"Person\",\"name\":\"").append(authors.get(i)).append("\"}");
                }
                sb.append("],\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"").append(o.name)
                        .append("\"}}</script>\n");
            }
            shared(o.script);
            sb.append("<script async src=\"https://ads.").append(o.host.substring(4)).append("/prebid.min.js\"></script>\n</head>\n");
        }

        private void paragraphs(Outlet o, int n, String tag) {
            for (int i = 0; i < n; i++) {
                sb.append('<').append(tag).append('>').append(Words.paragraph(rnd, o.lang)).append("</").append(tag).append(">\n");
                if (i == 2 && n > 6) {
                    sb.append("<div class=\"ad-slot inline-ad\"><span>Advertisement</span></div>\n");
                }
                if (i == 4 && n > 8) {
                    sb.append("<aside class=\"read-more\"><a href=\"/").append(o.sections[0].toLowerCase(Locale.ROOT)).append("/")
                            .append(rnd.nextInt(1 << 30)).append("\">Read more: ").append(Words.headline(rnd, o.lang)).append("</a></aside>\n");
                }
            }
        }

        private void bylineLinks(List<String> authors) {
            for (int i = 0; i < authors.size(); i++) {
                String a = authors.get(i);
                sb.append(i == 0 ? "" : " and ").append("<a rel=\"author\" href=\"/author/").append(Words.slug(a)).append("\">")
                        .append(a).append("</a>");
            }
        }

        private void share() {
            sb.append("<div class=\"share-bar\"><a href=\"#\" class=\"share-facebook\">Share</a> <a href=\"#\" class=\"share-x\">Post</a> ")
                    .append("<a href=\"#\" class=\"share-email\">Email</a></div>\n");
        }

        private void tags(Outlet o) {
            for (int i = 0, k = 2 + rnd.nextInt(5); i < k; i++) {
                String t = Words.pick(rnd, Words.word(o.lang));
                sb.append("<a href=\"/tag/").append(t).append("\" rel=\"tag\">").append(t).append("</a> ");
            }
        }

        private void related(Outlet o) {
            sb.append("<aside class=\"related\"><h2>Related</h2><ul>\n");
            for (int i = 0, k = 4 + rnd.nextInt(12); i < k; i++) {
                String h = Words.headline(rnd, o.lang);
                String href = "/" + o.sections[rnd.nextInt(o.sections.length)].toLowerCase(Locale.ROOT) + "/" + Words.slug(h);
                int img = rnd.nextInt(1 << 30);
                sb.append("<li class=\"card card--teaser\"><a class=\"card__link\" href=\"").append(href).append("\" data-track=\"related\">")
                        .append("<picture class=\"card__image\"><source type=\"image/webp\" srcset=\"https://static.").append(o.host, 4, o.host.length())
                        .append("/img/").append(img).append("-320.webp 320w, https://static.").append(o.host, 4, o.host.length()).append("/img/")
                        .append(img).append("-640.webp 640w\"><img loading=\"lazy\" src=\"https://static.").append(o.host, 4, o.host.length())
                        .append("/img/").append(img).append("-640.jpg\" alt=\"\" width=\"640\" height=\"360\"></picture>")
                        .append("<span class=\"card__title\">").append(h).append("</span></a></li>\n");
            }
            sb.append("</ul></aside>\n");
        }

        private void comments(Outlet o) {
            sb.append("<section id=\"comments\" class=\"comments-area\"><h2>").append(rnd.nextInt(80)).append(" comments</h2><ol class=\"comment-list\">\n");
            for (int i = 0, k = rnd.nextInt(8); i < k; i++) {
                sb.append("<li class=\"comment\"><div class=\"comment-author\">").append(Words.person(rnd))
                        .append("</div><div class=\"comment-content\"><p>").append(Words.sentence(rnd, o.lang, 10 + rnd.nextInt(30)))
                        .append("</p></div></li>\n");
            }
            sb.append("</ol></section>\n");
        }
    }

    /** Word lists and random text. Text is drawn with a skew towards common words, as in real prose. */
    static final class Words {
        static final String[] EN = ("the of and to in a is that for on was with he it as at by his be from are have "
                + "said has not they an but had were their which this will would been more one after there also who new "
                + "year two over people first government its than about up out other could can some when into last "
                + "state police years time told minister officials city country council says week percent million "
                + "million public health report house court president party support since under being against three "
                + "during while before company market workers plan local national group water school prices bank "
                + "election vote decision federal region months director statement season team game players coach "
                + "record increase growth spending budget energy power climate storm flood fire hospital patients "
                + "research study university data results project investment tax rates housing homes families children "
                + "students parents community service services board members meeting agreement deal trade talks "
                + "security military forces border peace war attack victims investigation charges trial judge jury "
                + "officers residents road transport rail airport flights travel tourism business sales profit shares "
                + "investors economy inflation interest jobs unemployment wages strike union farmers food supply "
                + "chain industry technology software internet users online digital mobile network system program "
                + "questions answer issue concerns problem crisis response changes rules law legislation reform").split(" ");
        static final String[] DE = ("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
                + "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum "
                + "war haben nur oder aber vor zur bis mehr durch man sein wurde sei prozent jahr regierung stadt "
                + "polizei bürger gemeinde millionen euro minister präsident wahl partei unternehmen markt arbeit "
                + "schule straße verkehr wetter sturm gericht richter klage bundesliga mannschaft trainer spiel "
                + "saison gesundheit krankenhaus forschung universität studie ergebnis haushalt steuern wohnungen").split(" ");
        static final String[] ES = ("de la que el en y a los se del las un por con no una su para es al lo como más "
                + "pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien "
                + "desde todo nos durante todos uno les ni contra otros ese eso ante ellos gobierno ciudad policía "
                + "millones euros ministro presidente elecciones partido empresa mercado trabajo escuela vivienda "
                + "tribunal juez equipo entrenador partido temporada salud hospital estudio universidad datos").split(" ");
        static final String[] FR = ("de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se "
                + "ce il sont la avec ont mais comme ou leur elle aussi entre après sans tout bien deux été même "
                + "gouvernement ville police millions euros ministre président élection parti entreprise marché "
                + "travail école logement tribunal juge équipe entraîneur match saison santé hôpital étude université").split(" ");
        static final String[] FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William "
                + "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Priya Arjun Mei Hiroshi Yuki Amara "
                + "Kwame Fatima Omar Lucia Mateo Sofia Lukas Anna Jonas Lea Pierre Claire Hugo Camille Ingrid Lars "
                + "Siobhan Declan Aroha Tane Noor Ravi Ana Carlos Elena Dmitri Olga Chen Wei Aisha Samuel Grace").split(" ");
        static final String[] LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez "
                + "Hernandez Lopez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark "
                + "Lewis Walker Hall Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts "
                + "Patel Sharma Nakamura Tanaka Okafor Mensah Haddad Rossi Bianchi Müller Schmidt Schneider Fischer "
                + "Dubois Moreau Laurent Lefebvre Nielsen Johansson Byrne Murphy Walsh Ngata Horomona Kumar Singh Chen "
                + "Wang Li Ivanova Petrov Santos Silva Costa Fernández González Díaz Whitcombe Ashworth Achebe").split(" ");
        static final String[] CITIES = ("London Paris Berlin Madrid Rome Lisbon Dublin Brussels Vienna Warsaw Athens "
                + "Cairo Lagos Nairobi Johannesburg Mumbai Delhi Pune Tokyo Osaka Seoul Beijing Sydney Melbourne "
                + "Auckland Wellington Toronto Vancouver Chicago Boston Denver Seattle Houston Atlanta Washington").split(" ");
        static final String[] ORGS = ("Ministry of Health|European Commission|World Bank|City Council|Supreme Court|"
                + "National Weather Service|Reserve Bank|United Nations|Federal Reserve|Red Cross|Transport Authority|"
                + "Chamber of Commerce|Olympic Committee|Electoral Commission|Port Authority").split("\\|");
        static final String[] SECTIONS = ("News Politics World Business Sport Science Health Technology Culture "
                + "Opinion Local Environment Education Travel Money Football Cricket Tennis Economy Lifestyle").split(" ");
        static final String[] MASTHEAD = ("Times Post Herald Tribune Courier Gazette Observer Chronicle Journal "
                + "Independent Mirror Express Star Record Sentinel Standard Telegraph Examiner Ledger Dispatch").split(" ");
        static final String[] FOOTER = {"About us", "Contact", "Advertise", "Careers", "Privacy policy", "Terms of use",
                "Cookie settings", "Corrections", "Newsletters", "Subscribe", "Archive", "Sitemap"};
        static final String[] SYLLABLES = ("ka lo mi ra ve no sta bri da wen hol mar fen gre tor shi ban del kor "
                + "lin sa ber vik tan rou mon bel cas dor el hart wood field port bay ridge vale ford").split(" ");

        static final String[] CSS_PARTS = ("header title body link item list card image caption meta byline "
                + "wrapper container inner label icon button").split(" ");
        static final String ICON = "<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" aria-hidden=\"true\">"
                + "<path d=\"M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 "
                + "8-8 8 3.59 8 8-3.59 8-8 8zm-1-13h2v6h-2zm0 8h2v2h-2z\"></path></svg>";

        static String[] word(Lang l) {
            return switch (l) {
                case EN -> EN;
                case DE -> DE;
                case ES -> ES;
                case FR -> FR;
            };
        }

        static String pick(SplittableRandom r, String[] a) {
            return a[r.nextInt(a.length)];
        }

        /** Skewed pick: low indexes (the common words) come up far more often. */
        static String common(SplittableRandom r, String[] a) {
            double u = r.nextDouble();
            return a[(int) (a.length * u * u)];
        }

        static String pseudo(SplittableRandom r, int syllables) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                b.append(pick(r, SYLLABLES));
            }
            return b.toString();
        }

        static String capitalise(String s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean up = true;
            for (char c : s.toCharArray()) {
                b.append(up ? Character.toUpperCase(c) : c);
                up = c == ' ';
            }
            return b.toString();
        }

        static String person(SplittableRandom r) {
            return pick(r, FIRST) + " " + pick(r, LAST);
        }

        static String sentence(SplittableRandom r, Lang lang, int words) {
            String[] w = word(lang);
            StringBuilder b = new StringBuilder(words * 7);
            for (int i = 0; i < words; i++) {
                String next;
                int k = r.nextInt(40);
                if (k == 0) {
                    next = person(r);
                } else if (k == 1) {
                    next = pick(r, CITIES);
                } else if (k == 2) {
                    next = pick(r, ORGS);
                } else if (k == 3) {
                    next = Integer.toString(r.nextInt(2000));
                } else {
                    next = common(r, w);
                }
                if (i == 0) {
                    next = Character.toUpperCase(next.charAt(0)) + next.substring(1);
                } else {
                    b.append(r.nextInt(12) == 0 ? ", " : " ");
                }
                b.append(next);
            }
            return b.append(r.nextInt(15) == 0 ? "?" : ".").toString();
        }

        static String paragraph(SplittableRandom r, Lang lang) {
            StringBuilder b = new StringBuilder(600);
            for (int s = 0, n = 1 + r.nextInt(5); s < n; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                b.append(sentence(r, lang, 8 + r.nextInt(22)));
            }
            if (r.nextInt(6) == 0) {
                b.insert(0, "\u201c").append("\u201d said ").append(person(r)).append('.');
            }
            return b.toString();
        }

        static String headline(SplittableRandom r, Lang lang) {
            String s = sentence(r, lang, 6 + r.nextInt(9));
            return s.substring(0, s.length() - 1);
        }

        static String slug(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    b.append(c);
                } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                    b.append('-');
                }
                if (b.length() > 60) {
                    break;
                }
            }
            return b.toString();
        }

        static String humanDate(OffsetDateTime d, Lang lang) {
            Locale l = switch (lang) {
                case EN -> Locale.UK;
                case DE -> Locale.GERMANY;
                case ES -> Locale.forLanguageTag("es-ES");
                case FR -> Locale.FRANCE;
            };
            return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", l));
        }

        /** Minified-looking JavaScript: identifiers, numbers, strings, as ad and analytics bundles look. */
        static String script(SplittableRandom r, int chars) {
            String[] kw = {"function", "return", "var", "if", "else", "for", "typeof", "new", "this", "null", "void 0",
                    "window", "document", "push", "length", "prototype", "call", "apply", "Object", "Array"};
            // a bundle reuses its own few hundred names, which is what lets real scripts compress ~4:1
            String[] names = new String[120];
            for (int i = 0; i < names.length; i++) {
                names[i] = pseudo(r, 1 + r.nextInt(3));
            }
            StringBuilder b = new StringBuilder(chars + 64);
            b.append("!function(e,t){");
            while (b.length() < chars) {
                switch (r.nextInt(8)) {
                    case 0 -> b.append(pick(r, kw)).append(' ');
                    case 1 -> b.append(common(r, names)).append('=');
                    case 2 -> b.append(r.nextInt(1000)).append(',');
                    case 3 -> b.append("\"").append(common(r, names)).append("\":");
                    case 4 -> b.append("){").append(pick(r, kw)).append('(');
                    case 5 -> b.append("};");
                    case 6 -> b.append('.').append(common(r, names));
                    default -> b.append(pick(r, kw)).append('(').append(common(r, names)).append(')');
                }
            }
            return b.append("}(window,document);").toString();
        }

        static String style(SplittableRandom r, int chars) {
            // a site's stylesheet has a small palette and a few spacing steps
            String[] colours = new String[12];
            for (int i = 0; i < colours.length; i++) {
                colours[i] = Integer.toHexString(0x100000 + r.nextInt(0xefffff));
            }
            StringBuilder b = new StringBuilder(chars + 64);
            while (b.length() < chars) {
                b.append('.').append(pseudo(r, 2)).append("__").append(pick(r, CSS_PARTS)).append("{margin:").append(4 * r.nextInt(6))
                        .append("px 0;padding:").append(4 * r.nextInt(4)).append("px;color:#").append(pick(r, colours))
                        .append(";font-size:").append(12 + 2 * r.nextInt(6)).append("px;line-height:1.").append(2 + r.nextInt(4))
                        .append(r.nextInt(3) == 0 ? ";display:flex;align-items:center" : "").append("}\n");
            }
            return b.toString();
        }

        static String footer(Outlet o) {
            StringBuilder b = new StringBuilder(2048);
            b.append("<footer class=\"site-footer\"><div class=\"newsletter\"><p>Get the morning briefing from ").append(o.name)
                    .append(" in your inbox.</p><form><input type=\"email\"><button>Sign up</button></form></div><ul class=\"footer-links\">");
            for (String l : FOOTER) {
                b.append("<li><a href=\"/").append(slug(l)).append("\">").append(l).append("</a></li>");
            }
            return b.append("</ul><p class=\"copyright\">&copy; ").append(o.name).append(". All rights reserved.</p></footer>\n").toString();
        }

        static String nav(SplittableRandom r, Outlet o) {
            StringBuilder b = new StringBuilder(8192);
            b.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(o.name)
                    .append("</a><nav class=\"main-nav\" aria-label=\"Sections\"><ul>\n");
            for (String s : o.sections) {
                b.append("<li class=\"nav__item nav__item--has-children\"><a class=\"nav__link\" href=\"/").append(s.toLowerCase(Locale.ROOT))
                        .append("\" data-track=\"nav-").append(s.toLowerCase(Locale.ROOT)).append("\">").append(ICON).append(s)
                        .append("</a><ul class=\"nav__sub\">");
                for (int i = 0, k = 3 + r.nextInt(10); i < k; i++) {
                    String sub = pick(r, SECTIONS);
                    b.append("<li class=\"nav__sub-item\"><a class=\"nav__sub-link\" href=\"/").append(s.toLowerCase(Locale.ROOT)).append('/')
                            .append(sub.toLowerCase(Locale.ROOT)).append("\" data-track=\"subnav\">").append(sub).append("</a></li>");
                }
                b.append("</ul></li>\n");
            }
            return b.append("</ul></nav><a class=\"subscribe\" href=\"/subscribe\">Subscribe</a></header>\n").toString();
        }
    }
}

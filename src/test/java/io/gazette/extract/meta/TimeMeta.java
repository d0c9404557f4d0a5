package io.gazette.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Development aid, not a test: time of the metadata parts over a folder of .html.gz pages. */
public final class TimeMeta {
    public static void main(String[] args) throws Exception {
        List<Document> docs = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.sorted().limit(150).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    docs.add(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://example.com/"));
                }
            }
        }
        for (int round = 0; round < 3; round++) {
            long[] t = new long[6];
            for (Document d : docs) {
                long a = System.nanoTime();
                var els = PageElements.of(d);
                var ld = JsonLd.objects(els);
                long b = System.nanoTime();
                var tags = MetadataExtractor.metaTags(els);
                long c = System.nanoTime();
                PageMetadata m = new PageMetadata(ld, JsonLd.article(ld), tags, null, null, null, null, null, List.of(),
                        null, List.of(), null, null);
                MetadataExtractor.title(els, m, null);
                long e = System.nanoTime();
                MetadataExtractor.authors(d, m, null);
                long f = System.nanoTime();
                MetadataExtractor.canonicalUrl(els, m);
                MetadataExtractor.topImage(els, m);
                MetadataExtractor.language(MetadataExtractor.blank(els.htmlLang()), m);
                long g = System.nanoTime();
                t[0] += b - a; t[1] += c - b; t[2] += e - c; t[3] += f - e; t[4] += g - f;
            }
            System.out.printf("jsonld %.2f meta %.2f title %.2f authors %.2f rest %.2f ms/page%n", t[0] / 1e6 / docs.size(),
                    t[1] / 1e6 / docs.size(), t[2] / 1e6 / docs.size(), t[3] / 1e6 / docs.size(), t[4] / 1e6 / docs.size());
        }
    }
}

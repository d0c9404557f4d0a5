package io.gazette.extract.meta;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.eval.EvalCase;
import io.gazette.eval.EvalSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Development aid, not a test: dumps title and author candidates per page of a gold.jsonl set as JSON lines. */
public final class DumpTitles {
    public static void main(String[] args) throws Exception {
        EvalSet set = EvalSet.load("m", Path.of(args[0]), null);
        ObjectMapper om = new ObjectMapper();
        for (EvalCase c : set.cases()) {
            byte[] b;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(c.page()))) {
                b = in.readAllBytes();
            }
            Document doc = Jsoup.parse(new String(b, StandardCharsets.UTF_8), c.url() == null ? "" : c.url());
            PageMetadata m = new MetadataExtractor().extract(doc);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", c.id());
            o.put("source", c.source());
            o.put("gold", c.title());
            o.put("goldAuthor", c.author());
            List<String> h1 = new ArrayList<>();
            for (Element h : doc.select("h1")) {
                h1.add(h.text());
            }
            o.put("h1", h1);
            List<String> h2 = new ArrayList<>();
            for (Element h : doc.select("h2")) {
                if (h2.size() < 3) {
                    h2.add(h.text());
                }
            }
            o.put("h2", h2);
            o.put("og", m.meta("og:title"));
            o.put("tw", m.meta("twitter:title"));
            o.put("ld", JsonLd.text(m.jsonLdArticle(), "headline"));
            o.put("ldname", JsonLd.text(m.jsonLdArticle(), "name"));
            o.put("titleTag", doc.title());
            o.put("site", m.meta("og:site_name"));
            o.put("pred", m.title());
            o.put("authors", m.authors());
            o.put("metaAuthor", m.metaTags().get("author"));
            o.put("ldAuthor", JsonLd.names(m.jsonLdArticle(), "author"));
            List<String> by = new ArrayList<>();
            by.addAll(m.authors());
            o.put("bylineEls", by);
            System.out.println(om.writeValueAsString(o));
        }
    }
}

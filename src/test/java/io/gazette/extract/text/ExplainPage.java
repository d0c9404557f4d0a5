package io.gazette.extract.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Development aid, not a test: prints every block of a page with its owner path, flags and weight,
 * and marks the chosen container's blocks. Usage: ExplainPage page.html[.gz] [maxChars]
 */
public final class ExplainPage {
    public static void main(String[] args) throws Exception {
        Path p = Path.of(args[0]);
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        byte[] b;
        try (InputStream in = Files.newInputStream(p)) {
            b = p.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
        Document doc = Jsoup.parse(new String(b, StandardCharsets.UTF_8));
        PageBlocks page = PageBlocks.of(doc.body());
        PageBlocks.Box c = MainTextExtractor.container(page);
        System.out.println("container: " + path(c) + " score=" + (c == null ? 0 : c.score) + " totalProse=" + page.totalProse);
        for (PageBlocks.Block bl : page.blocks) {
            boolean in = c != null && c.containsOrIs(bl.owner);
            String t = bl.text.length() > max ? bl.text.substring(0, max) + "..." : bl.text;
            System.out.printf("%s %6.0f ld=%.2f %s%s | %s | %s%n", in ? "IN " : "   ", bl.weight, bl.linkDensity(),
                    bl.boiler == null ? "" : "[" + bl.boiler.flag + "] ", bl.isProse() ? "P" : "-", path(bl.owner), t);
        }
    }

    static String path(PageBlocks.Box b) {
        StringBuilder s = new StringBuilder();
        int n = 0;
        for (PageBlocks.Box x = b; x != null && n < 5; x = x.parent, n++) {
            Element e = x.el;
            String cls = e.className().replace(' ', '.');
            String one = e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id()) + (cls.isEmpty() ? "" : "." + cls);
            if (one.length() > 40) {
                one = one.substring(0, 40);
            }
            s.insert(0, one + (s.length() > 0 ? ">" : ""));
        }
        return s.toString();
    }
}

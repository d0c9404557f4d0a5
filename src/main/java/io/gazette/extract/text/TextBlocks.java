package io.gazette.extract.text;

import io.gazette.extract.text.PageBlocks.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalised text blocks of a page, each with a stable 64-bit hash: the unit of the
 * cross-page boilerplate pass (count, per outlet, on how many pages each block hash occurs; blocks
 * that recur on a large share of an outlet's pages are template text, CCNet-style).
 *
 * <p>The hash is over a normalised form (lower case, digits as 0, punctuation and whitespace
 * dropped, as CCNet's paragraph dedup does), so "Updated 3 hours ago" and "Updated 5 hours ago"
 * are the same block, and it is FNV-1a 64 over the UTF-16 code units: stable across JVMs and runs,
 * unlike {@code String.hashCode()}.
 */
public final class TextBlocks {
    private TextBlocks() {
    }

    /** One block of a page. */
    public record TextBlock(String text, long hash) {
    }

    /** Blocks of an HTML page in document order (scripts, hidden and form controls excluded). */
    public static List<TextBlock> of(Document doc) {
        List<TextBlock> out = new ArrayList<>();
        Element body = doc.body();
        if (body == null) {
            return out;
        }
        for (Block b : PageBlocks.of(body).blocks) {
            out.add(new TextBlock(b.text, hash(b.text)));
        }
        return out;
    }

    /** Lines of a plain-text page, whitespace-normalised, blank lines left out. */
    public static List<TextBlock> ofPlainText(String page) {
        List<TextBlock> out = new ArrayList<>();
        for (String line : page.split("\\r?\\n|\\r")) {
            String t = PageBlocks.normalise(line);
            if (!t.isEmpty()) {
                out.add(new TextBlock(t, hash(t)));
            }
        }
        return out;
    }

    /** The block's hash: FNV-1a 64 over its normalised form; 0 is never returned for non-empty keys. */
    public static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                c = Character.toLowerCase(c);
            } else if (Character.isDigit(c)) {
                c = '0';
            } else {
                continue; // punctuation, whitespace and symbols do not make two blocks different
            }
            any = true;
            h ^= c;
            h *= 0x100000001b3L;
        }
        return any ? h : 0L;
    }
}

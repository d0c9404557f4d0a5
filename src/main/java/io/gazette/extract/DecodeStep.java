package io.gazette.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bytes to text: the charset cascade, then the configured cap on characters handed to the parser. */
public final class DecodeStep implements Step {
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public void apply(PageWork w) {
        String text;
        if (w.raw.text() != null) {
            text = w.raw.text();
            w.charset = "UTF-8";
            w.charsetSource = "input";
        } else {
            byte[] b = w.raw.body();
            Charset cs = null;
            String declared = find(HEADER_CHARSET, w.raw.contentType());
            if (declared != null) {
                cs = charset(declared);
                w.charsetSource = "http-header";
            }
            if (cs == null) {
                String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
                cs = charset(find(META_CHARSET, head));
                w.charsetSource = "meta";
            }
            if (cs == null) {
                cs = StandardCharsets.UTF_8;
                w.charsetSource = "default";
            }
            text = new String(b, cs);
            w.charset = cs.name();
        }
        int cap = w.options.extract().maxHtmlChars();
        if (text.length() > cap) {
            text = text.substring(0, cap);
            w.truncated = true;
        }
        w.html = text;
    }

    private static String find(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}

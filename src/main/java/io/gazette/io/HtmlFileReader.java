package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One saved HTML page per file ({@code *.html}, {@code *.htm}, {@code *.html.gz}, or any file
 * whose content is markup). See {@link OnePageFileReader} for size, emptiness and binary checks.
 *
 * <p>URL, looked for cheaply in the first {@value #HEAD_BYTES} bytes, in this order: the
 * {@code <!-- saved from url=(0045)https://... -->} comment browsers write when saving a page,
 * SingleFile's {@code url:} comment, {@code <link rel="canonical">}, {@code <meta property="og:url">};
 * only absolute http(s) URLs count. Else null: the pipeline copes with pages without URL for this
 * format. No fetch time: a saved file does not carry one (the file's date is the copy's, not the
 * fetch's). {@code contentType} is {@code text/html} without charset; the page's own meta tag
 * or detection decides.
 */
public final class HtmlFileReader extends OnePageFileReader {
    /** Where the saved-from comment and head links live; pages with huge inline heads lose only the URL. */
    static final int HEAD_BYTES = 32 * 1024;

    /** URL sources in order of trust: where the browser fetched the page, then what the page says it is. */
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\((\\d{1,5})\\)(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLEFILE = Pattern.compile(
            "<!--\\s*Page saved with SingleFile\\s*+(?:-->\\s*+<!--\\s*+)?url:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    // The head is untrusted: a tag is bounded (an unclosed "<link" would otherwise scan to the next
    // ">" from every start), and no two unbounded quantifiers compete for the same spaces ("\\s*"
    // before and after an optional quote split a run of k spaces k ways). faults/regex-*.html.
    private static final Pattern LINK_TAG = Pattern.compile("<link\\b[^>]{0,4096}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_TAG = Pattern.compile("<meta\\b[^>]{0,4096}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REL_CANONICAL = Pattern.compile("\\brel\\s*+=\\s*+(?:[\"']\\s*+)?canonical\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OG_URL = Pattern.compile("\\bproperty\\s*+=\\s*+(?:[\"']\\s*+)?og:url\\b",
            Pattern.CASE_INSENSITIVE);

    HtmlFileReader(InputStream content, String sourceFile, long maxRecordBytes) {
        super(content, sourceFile, InputFormat.HTML, maxRecordBytes);
    }

    @Override
    protected String contentType() {
        return "text/html";
    }

    @Override
    protected byte[] describe(byte[] bytes, RawPage.Builder b) {
        b.url(findUrl(bytes));
        return bytes;
    }

    /** The page URL recorded in the first bytes of a saved page, or null. */
    static String findUrl(byte[] bytes) {
        // URLs and tag names are ASCII: ISO-8859-1 reads them whatever the page's charset.
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = SAVED_FROM.matcher(head);
        if (m.find()) {
            // The number is the URL's length; it tells where the URL ends when " -->" is glued to it.
            String url = m.group(2);
            int declared = Integer.parseInt(m.group(1));
            if (declared > 0 && declared <= url.length()) {
                url = url.substring(0, declared);
            } else if (url.endsWith("-->")) {
                url = url.substring(0, url.length() - 3);
            }
            if (isAbsoluteHttp(url)) {
                return url;
            }
        }
        m = SINGLEFILE.matcher(head);
        if (m.find() && isAbsoluteHttp(m.group(1))) {
            return m.group(1);
        }
        String canonical = attributeOfTag(head, LINK_TAG, REL_CANONICAL, "href");
        if (canonical != null) {
            return canonical;
        }
        return attributeOfTag(head, META_TAG, OG_URL, "content");
    }

    private static String attributeOfTag(String head, Pattern tag, Pattern marker, String attribute) {
        Matcher t = tag.matcher(head);
        Pattern attr = Pattern.compile("\\b" + attribute + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
                Pattern.CASE_INSENSITIVE);
        while (t.find()) {
            String element = t.group();
            if (!marker.matcher(element).find()) {
                continue;
            }
            Matcher a = attr.matcher(element);
            if (a.find()) {
                String v = a.group(1) != null ? a.group(1) : a.group(2) != null ? a.group(2) : a.group(3);
                v = v.trim().replace("&amp;", "&");
                if (isAbsoluteHttp(v)) {
                    return v;
                }
            }
        }
        return null;
    }

    static boolean isAbsoluteHttp(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return (u.startsWith("http://") || u.startsWith("https://")) && u.length() > 8;
    }
}

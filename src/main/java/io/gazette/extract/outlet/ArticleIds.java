package io.gazette.extract.outlet;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable article ids: 128 bits of SHA-256 over the normalised canonical URL, so that the same
 * article fetched twice, with tracking parameters or another scheme, gets the same id.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** Query parameters that identify a campaign or a visitor, never the article. */
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref|ref_src|cmpid|cid|ito|icid|ns_mchannel|"
                    + "ns_source|ns_campaign|ns_linkname|ns_fee|_ga|smid|partner|share|amp|outputtype)$");

    /** Scheme-less, fragment-less, lower-case host, no "www.", no trailing slash, no tracking parameters. */
    public static String normaliseUrl(String url) {
        try {
            URI u = URI.create(url.trim().replace(" ", "%20"));
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            List<String> kept = new ArrayList<>();
            if (u.getRawQuery() != null) {
                for (String param : u.getRawQuery().split("&")) {
                    String name = param.split("=", 2)[0];
                    if (!param.isEmpty() && !TRACKING.matcher(name).matches()) {
                        kept.add(param);
                    }
                }
            }
            kept.sort(null);
            return host + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        } catch (IllegalArgumentException e) {
            return url.trim();
        }
    }

    public static String forUrl(String canonicalUrl) {
        return hash("url:" + normaliseUrl(canonicalUrl));
    }

    /** Pages that name no URL at all get an id from what they say. */
    public static String forContent(String title, String text) {
        String t = text == null ? "" : text.substring(0, Math.min(text.length(), 2000));
        return hash("content:" + (title == null ? "" : title) + "\n" + t);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

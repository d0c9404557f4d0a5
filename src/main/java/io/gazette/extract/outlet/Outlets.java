package io.gazette.extract.outlet;

import crawlercommons.domains.EffectiveTldFinder;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet of a page: the registrable domain of its host ("www.indianexpress.com" ->
 * "indianexpress.com", "news.bbc.co.uk" -> "bbc.co.uk"), from the Public Suffix List that
 * crawler-commons maintains. Private suffixes count (a blogspot.com blog is its own outlet).
 */
public final class Outlets {
    private Outlets() {
    }

    /** Domain-like words in text: "indianexpress.com", "www.lemonde.fr". */
    private static final Pattern DOMAIN_MENTION = Pattern.compile(
            "(?i)\\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,12})\\b");

    /** The host of an http(s) URL, lower-cased, without a leading "www."; null for anything else. */
    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = URI.create(url.trim().replace(" ", "%20"));
            String scheme = u.getScheme();
            String host = u.getHost();
            if (scheme == null || !scheme.toLowerCase(Locale.ROOT).startsWith("http") || host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            return host.isEmpty() ? null : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The registrable domain of a host; the host itself for IP addresses and unknown suffixes. */
    public static String registrableDomain(String host) {
        if (host == null) {
            return null;
        }
        if (host.matches("[0-9.]+") || host.startsWith("[")) {
            return host;
        }
        String d = EffectiveTldFinder.getAssignedDomain(host, true, false);
        return d != null ? d : host.startsWith("www.") ? host.substring(4) : host;
    }

    public static String fromUrl(String url) {
        return registrableDomain(host(url));
    }

    /**
     * For pages without any URL (plain-text dumps): the registrable domain the text names most
     * often, counting only names under a real public suffix ("cleared manually by indianexpress.com").
     */
    public static String mentionedInText(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = DOMAIN_MENTION.matcher(text);
        while (m.find()) {
            String candidate = m.group(1).toLowerCase(Locale.ROOT);
            String domain = EffectiveTldFinder.getAssignedDomain(candidate, true, false);
            if (domain != null && domain.contains(".")) {
                counts.merge(domain, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}

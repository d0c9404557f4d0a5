package io.gazette.extract.date;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * What the date step assumes about the outlet when the page leaves something open: its country
 * (for reading zone abbreviations such as IST), its clock (for times written without a zone and for
 * turning a UTC timestamp into the local day) and its day/month order (for 08-09-2022).
 *
 * <p>Decided from, strongest first:
 * <ol>
 *   <li>the {@link OutletHints} the Spark job learned from the outlet's other pages ("hint");</li>
 *   <li>the country-code TLD ("tld:in"), except ccTLDs sold as generic ones (.co, .io, .tv, ...);</li>
 *   <li>a place name inside the domain name, from {@code place-words.tsv} ("place:indian" for
 *       indianexpress.com, "place:boston" for bostonglobe.com);</li>
 *   <li>the region of the page's declared locale ({@code <html lang="en-IN">}, og:locale en_IN):
 *       "locale:en-in";</li>
 *   <li>the page language, where nearly all outlets of that language share one clock ("lang:de"),
 *       from {@code languages.tsv}.</li>
 * </ol>
 * A country that spans several clocks (US, CA, AU, BR, RU, ...) gives a zone good enough to turn a UTC
 * instant into the local day, but a wall-clock time written without a zone is not turned into an
 * instant with it ({@link #zoneForWallClock} false).
 *
 * @param country          ISO 3166 alpha-2, lower case, or null
 * @param zone             the outlet's clock, or null
 * @param zoneForWallClock whether {@code zone} may be attached to a time written without a zone
 * @param zoneSource       how {@code zone} was decided (see above), or null
 * @param order            the day/month order to read ambiguous numeric dates with
 * @param orderSource      how {@code order} was decided: "hint", "tld:..", "place:..", "locale:..",
 *                         "lang:..", or "default"
 * @param language         the page language used, or null
 */
public record OutletContext(String country, ZoneId zone, boolean zoneForWallClock, String zoneSource,
                            DayMonthOrder order, String orderSource, String language) {

    public static final OutletContext UNKNOWN = new OutletContext(null, null, false, null, DayMonthOrder.DMY,
            "default", null);

    /** Country-code TLDs that are sold and used world-wide as generic ones: they say nothing of a country. */
    static final Set<String> GENERIC_CCTLDS = Set.of("co", "io", "tv", "me", "fm", "ai", "ly", "cc", "ws", "to",
            "gg", "la", "nu", "tk", "ac", "sh", "am", "im", "vc", "gl", "ag", "so", "sc", "st", "xyz", "eu", "asia");

    /**
     * @param outlet   the registrable domain ("indianexpress.com", "bbc.co.uk"), or null
     * @param locale   the declared locale ("en-IN", "en_GB", "de"), or null
     * @param language the page language (ISO 639-1), or null
     * @param hints    what was learned for this outlet, or null
     */
    public static OutletContext resolve(String outlet, String locale, String language, OutletHints hints) {
        DateData data = DateData.get();
        String country = null;
        ZoneId zone = null;
        boolean wallClock = false;
        String how = null;

        String domain = outlet == null ? null : outlet.toLowerCase(Locale.ROOT).trim();
        if (domain != null && domain.contains(".")) {
            String tld = domain.substring(domain.lastIndexOf('.') + 1);
            if (tld.equals("uk")) {
                tld = "gb";
            }
            DateData.Country c = GENERIC_CCTLDS.contains(tld) ? null : data.countries.get(tld);
            if (c != null) {
                country = c.code();
                zone = c.zone();
                wallClock = c.singleZone();
                how = "tld:" + tld;
            }
            if (country == null) {
                DateData.Place p = placeIn(domain);
                if (p != null) {
                    DateData.Country pc = data.countries.get(p.country());
                    country = pc.code();
                    zone = p.zone() != null ? p.zone() : pc.zone();
                    wallClock = p.zone() != null || pc.singleZone();
                    how = "place:" + p.word();
                }
            }
        }
        String region = region(locale);
        if (country == null && region != null && data.countries.containsKey(region)) {
            DateData.Country c = data.countries.get(region);
            country = c.code();
            zone = c.zone();
            wallClock = c.singleZone();
            how = "locale:" + locale.toLowerCase(Locale.ROOT).replace('_', '-');
        }
        String lang = language != null ? language : primary(locale);
        DateData.Language l = lang == null ? null : data.languages.get(lang);
        if (zone == null && l != null && l.zone() != null) {
            zone = l.zone();
            wallClock = true;
            how = "lang:" + lang;
        }

        DayMonthOrder order;
        String orderHow;
        if (country != null) {
            order = data.countries.get(country).order();
            orderHow = how != null && !how.startsWith("lang:") ? how : "country:" + country;
        } else if (l != null) {
            order = l.order();
            orderHow = "lang:" + lang;
        } else {
            order = DayMonthOrder.DMY;
            orderHow = "default";
        }

        if (hints != null) {
            if (hints.zone() != null) {
                zone = hints.zone();
                wallClock = true;
                how = "hint";
            }
            if (hints.order() != null) {
                order = hints.order();
                orderHow = "hint";
            }
        }
        return new OutletContext(country, zone, wallClock, how, order, orderHow, lang);
    }

    /** The same context read with another day/month order (page evidence overrides conventions). */
    public OutletContext withOrder(DayMonthOrder o, String how) {
        return new OutletContext(country, zone, zoneForWallClock, zoneSource, o, how, language);
    }

    /** The same context with the outlet's clock replaced (the page's own stated offset). */
    public OutletContext withZone(ZoneId z, String how) {
        return new OutletContext(country, z, true, how, order, orderSource, language);
    }

    /** The longest place word inside the domain's name (its labels before the public suffix, joined). */
    static DateData.Place placeIn(String domain) {
        int dot = domain.indexOf('.');
        String name = (dot < 0 ? domain : domain.substring(0, dot)).replaceAll("[^a-z]", "");
        for (DateData.Place p : DateData.get().places) { // longest first
            if (name.contains(p.word())) {
                return p;
            }
        }
        return null;
    }

    /** "en-IN" / "en_in" -> "in"; "de" -> null. */
    /**
     * Facebook's og:locale pseudo-locales, whose region is no country: ar_AR (Arabic, not Argentina),
     * es_LA (Latin-American Spanish, not Laos).
     */
    static final Set<String> PSEUDO_LOCALES = Set.of("ar-ar", "es-la");

    static String region(String locale) {
        if (locale == null) {
            return null;
        }
        String[] parts = locale.trim().toLowerCase(Locale.ROOT).split("[-_]");
        if (parts.length >= 2 && PSEUDO_LOCALES.contains(parts[0] + "-" + parts[1])) {
            return null;
        }
        if (parts.length >= 2 && parts[1].length() == 2 && parts[1].chars().allMatch(Character::isLetter)) {
            return parts[1].equals("uk") ? "gb" : parts[1];
        }
        return null;
    }

    static String primary(String locale) {
        if (locale == null || locale.isBlank()) {
            return null;
        }
        String p = locale.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return p.length() == 2 ? p : null;
    }
}

package io.gazette.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import java.io.File;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a person knows about particular outlets and wants the steps to use: the newsroom's clock,
 * how it writes all-numeric dates, where its article body sits. Read from one HOCON file keyed by
 * registrable domain (the {@code outlet} column's value): the packaged {@code conf/outlets.conf},
 * then the file named by {@code outlets.file}, whose entries win key by key.
 *
 * <p>Everything is checked when the options are loaded, on the driver: an unknown key, a zone Java
 * does not know or a selector jsoup cannot parse is an error naming the outlet and the key, not a
 * surprise on some executor an hour later.
 *
 * @param byDomain the overrides per normalised domain
 */
public record OutletOverrides(Map<String, Outlet> byDomain) implements Serializable {

    /** Resource name of the packaged file (conf/outlets.conf in the source tree). */
    public static final String PACKAGED = "/outlets.conf";

    /** How an outlet writes an all-numeric date whose first two numbers could both be a month. */
    public enum DateOrder {
        /** 08-09-2022 is 8 September. */
        DMY,
        /** 08-09-2022 is August 9. */
        MDY
    }

    /**
     * The overrides for one outlet; every part is optional.
     *
     * @param domain        the registrable domain it applies to
     * @param timezone      the newsroom's clock, or null: times the page writes without a zone are in
     *                      it, and a UTC instant's local day is taken in it
     * @param dateOrder     how it writes 08-09-2022, or null (then the date step decides)
     * @param textSelectors CSS selectors of the article body, tried in order; empty = let the text step
     *                      find the body
     * @param dropSelectors CSS selectors of blocks never to keep in the text (widgets the scorer keeps)
     */
    public record Outlet(String domain, ZoneId timezone, DateOrder dateOrder, List<String> textSelectors,
                         List<String> dropSelectors) implements Serializable {
        public Outlet {
            textSelectors = List.copyOf(textSelectors);
            dropSelectors = List.copyOf(dropSelectors);
        }

        /** An outlet nobody configured: every part empty. */
        public static Outlet none(String domain) {
            return new Outlet(domain, null, null, List.of(), List.of());
        }

        public boolean isEmpty() {
            return timezone == null && dateOrder == null && textSelectors.isEmpty() && dropSelectors.isEmpty();
        }
    }

    static final String TIMEZONE = "timezone";
    static final String DATE_ORDER = "date-order";
    static final String TEXT_SELECTORS = "text-selectors";
    static final String DROP_SELECTORS = "drop-selectors";
    private static final Set<String> KEYS = Set.of(TIMEZONE, DATE_ORDER, TEXT_SELECTORS, DROP_SELECTORS);

    public static final OutletOverrides NONE = new OutletOverrides(Map.of());

    public OutletOverrides {
        byDomain = Map.copyOf(byDomain);
    }

    /** The overrides for an outlet; an empty {@link Outlet} (never null) when none are configured. */
    public Outlet forDomain(String domain) {
        String key = normalise(domain);
        Outlet o = key == null ? null : byDomain.get(key);
        return o != null ? o : Outlet.none(key);
    }

    /**
     * The packaged file, then the user's file (may be null): entries of the user's file override the
     * packaged ones key by key.
     */
    public static OutletOverrides load(File userFile) {
        Config packaged = ConfigFactory.parseResources(OutletOverrides.class, PACKAGED,
                ConfigParseOptions.defaults().setAllowMissing(true));
        Config user = ConfigFactory.empty();
        if (userFile != null) {
            if (!userFile.isFile()) {
                throw new IllegalArgumentException("outlets file not found: " + userFile
                        + " (set outlets.file to an existing HOCON file, or leave it empty)");
            }
            try {
                user = ConfigFactory.parseFile(userFile, ConfigParseOptions.defaults().setAllowMissing(false));
            } catch (ConfigException e) {
                throw new IllegalArgumentException("outlets file " + userFile + " is not valid HOCON: "
                        + e.getMessage(), e);
            }
        }
        return fromConfig(user.withFallback(packaged));
    }

    static OutletOverrides fromConfig(Config all) {
        Map<String, Outlet> out = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : all.root().entrySet()) {
            String domain = normalise(e.getKey());
            String where = "outlet '" + e.getKey() + "' (" + e.getValue().origin().description() + ")";
            if (e.getValue().valueType() != ConfigValueType.OBJECT) {
                throw new IllegalArgumentException(where + ": expected { timezone = ..., date-order = ..., "
                        + "text-selectors = [...], drop-selectors = [...] }; quote the domain, it holds dots: "
                        + "\"example.com\" { ... }");
            }
            Config c = all.getConfig(ConfigUtil.joinPath(e.getKey()));
            for (String key : c.root().keySet()) {
                if (!KEYS.contains(key)) {
                    boolean nested = c.root().get(key).valueType() == ConfigValueType.OBJECT;
                    throw new IllegalArgumentException(where + ": unknown key '" + key + "'; known keys: "
                            + new TreeSet<>(KEYS) + (nested ? "; a domain must be quoted, it holds dots: "
                            + "\"" + e.getKey() + "." + key + "\" { ... }" : " (see conf/outlets.conf)"));
                }
            }
            try {
                out.put(domain, new Outlet(domain,
                        c.hasPath(TIMEZONE) ? zone(c.getString(TIMEZONE), where) : null,
                        c.hasPath(DATE_ORDER) ? order(c.getString(DATE_ORDER), where) : null,
                        c.hasPath(TEXT_SELECTORS) ? selectors(c.getStringList(TEXT_SELECTORS), where) : List.of(),
                        c.hasPath(DROP_SELECTORS) ? selectors(c.getStringList(DROP_SELECTORS), where) : List.of()));
            } catch (ConfigException.WrongType bad) {
                throw new IllegalArgumentException(where + ": " + bad.getMessage(), bad);
            }
        }
        return new OutletOverrides(out);
    }

    /** Keys as the outlet column writes domains: lower case, no "www.", no trailing dot. */
    static String normalise(String domain) {
        if (domain == null) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    private static ZoneId zone(String value, String where) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(where + ": timezone '" + value + "' is not a time zone; use an "
                    + "IANA name such as Asia/Kolkata or Europe/Berlin, or an offset such as +05:30");
        }
    }

    private static DateOrder order(String value, String where) {
        try {
            return DateOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": date-order '" + value + "' must be DMY (08-09-2022 is "
                    + "8 September) or MDY (08-09-2022 is August 9)");
        }
    }

    private static List<String> selectors(List<String> values, String where) {
        for (String s : values) {
            try {
                QueryParser.parse(s);
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": '" + s + "' is not a CSS selector jsoup can use: "
                        + e.getMessage());
            }
        }
        return values;
    }
}

package io.gazette.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigValueType;

import java.io.File;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every setting of the pipeline, typed and immutable, built once on the driver and shipped inside
 * the serialisable functions (never read from static state on executors).
 *
 * <p>Layers, later ones win: the packaged {@code gazette.conf} (conf/gazette.conf in the source
 * tree), an optional user file, then {@code key=value} overrides from the command line.
 */
public record GazetteOptions(Input input, Extract extract, Output output, Entities entities, Learn learn,
                             OutletOverrides outlets) implements Serializable {

    /**
     * What conf/outlets.conf (and the file named by {@code outlets.file}) says about one outlet: its
     * timezone, date order and text selectors. Never null: an outlet nobody configured gets an
     * empty {@link OutletOverrides.Outlet}.
     *
     * @param domain the registrable domain, as in the {@code outlet} column ("indianexpress.com")
     */
    public OutletOverrides.Outlet outlet(String domain) {
        return outlets.forDomain(domain);
    }

    /**
     * @param maxGzipRatio largest decompressed:compressed ratio a gzip input may reach over 64 MiB
     *                     before it is read as a decompression bomb; 0 turns the check off
     */
    public record Input(long maxRecordBytes, String jsonlUrlField, List<String> jsonlHtmlFields,
                        String jsonlIdField, String jsonlFetchedAtField, int maxGzipRatio, long rangeBytes)
            implements Serializable {
        public Input {
            if (maxGzipRatio < 0) {
                throw new IllegalArgumentException("input.max-gzip-ratio must be 0 (off) or positive: " + maxGzipRatio);
            }
            if (rangeBytes < 0) {
                throw new IllegalArgumentException("input.warc-range-bytes must be 0 (off) or positive: " + rangeBytes);
            }
        }

        /** With the packaged gzip ratio cap and range size. */
        public Input(long maxRecordBytes, String jsonlUrlField, List<String> jsonlHtmlFields, String jsonlIdField,
                     String jsonlFetchedAtField) {
            this(maxRecordBytes, jsonlUrlField, jsonlHtmlFields, jsonlIdField, jsonlFetchedAtField, 100,
                    DEFAULT_RANGE_BYTES);
        }

        /** conf/gazette.conf's input.warc-range-bytes. */
        public static final long DEFAULT_RANGE_BYTES = 128L << 20;
    }

    /**
     * @param maxDomElements elements built from one page at most (the DOM node-count cap); 0 = no cap
     */
    public record Extract(int minTextChars, int maxHtmlChars, int maxDomElements) implements Serializable {
    }

    public record Output(int shufflePartitions, int maxRecordsPerFile, String cacheLevel) implements Serializable {
    }

    /**
     * The entity step (io.gazette.extract.entity).
     *
     * @param enabled      false skips the step without loading the model (CoreNLP is GPL-3)
     * @param model        classpath resource or file of a serialised CoreNLP CRFClassifier
     * @param maxTextChars characters of main text tagged per article
     */
    public record Entities(boolean enabled, String model, int maxTextChars) implements Serializable {
        public Entities {
            if (maxTextChars < 1) {
                throw new IllegalArgumentException("entities.max-text-chars must be positive: " + maxTextChars);
            }
        }
    }

    /**
     * The learning pass of the Spark job (io.gazette.spark.OutletLearning): what it takes for a text
     * block to count as an outlet's template, and for a day/month order or zone to count as learned.
     *
     * @param enabled           false: one pass only, nothing learned across pages
     * @param minOutletPages    outlets with fewer distinct pages in the dump learn no template
     * @param minBlockPages     a block is template only when it is on at least this many distinct pages
     * @param minBlockShare     ... and on at least this share of the outlet's distinct pages
     * @param maxTemplateBlocks template blocks kept per outlet at most (the most frequent first)
     * @param minDates          unambiguous dates (or stated offsets) needed to settle an outlet's order (zone)
     */
    public record Learn(boolean enabled, int minOutletPages, int minBlockPages, double minBlockShare,
                        int maxTemplateBlocks, int minDates) implements Serializable {
        public Learn {
            if (minOutletPages < 1 || minBlockPages < 2 || maxTemplateBlocks < 0 || minDates < 1) {
                throw new IllegalArgumentException("learn: min-outlet-pages >= 1, min-block-pages >= 2, "
                        + "max-template-blocks >= 0 and min-dates >= 1 are required");
            }
            if (!(minBlockShare > 0 && minBlockShare <= 1)) {
                throw new IllegalArgumentException("learn.min-block-share must be in (0, 1]: " + minBlockShare);
            }
        }
    }

    /** The packaged defaults alone. */
    public static GazetteOptions defaults() {
        return load(null, Map.of());
    }

    /**
     * @param userFile  a HOCON or properties file whose keys override the defaults, or null
     * @param overrides {@code key -> value} pairs from the command line (keys starting with
     *                  {@code spark.} must already be removed)
     * @throws IllegalArgumentException naming the key when a key is unknown or a value has the wrong type
     */
    public static GazetteOptions load(File userFile, Map<String, String> overrides) {
        Config defaults = ConfigFactory.parseResources(GazetteOptions.class, "/gazette.conf",
                ConfigParseOptions.defaults().setAllowMissing(false));
        Config user = userFile == null ? ConfigFactory.empty()
                : entitiesShorthand(ConfigFactory.parseFile(userFile, ConfigParseOptions.defaults().setAllowMissing(false)));
        Config cli = ConfigFactory.empty();
        for (var e : new TreeMap<>(overrides).entrySet()) {
            // Parsed as HOCON so that lists and sizes work on the command line too: html-fields=[a,b], 8MiB.
            Config one = ConfigFactory.parseString(e.getKey() + " = " + e.getValue(),
                    ConfigParseOptions.defaults().setOriginDescription("--conf " + e.getKey()));
            cli = entitiesShorthand(one).withFallback(cli);
        }
        Config merged = cli.withFallback(user).withFallback(defaults).resolve(ConfigResolveOptions.defaults());
        rejectUnknownKeys(defaults, user.withFallback(cli));
        try {
            return fromConfig(merged);
        } catch (com.typesafe.config.ConfigException e) {
            throw new IllegalArgumentException("bad setting: " + e.getMessage(), e);
        }
    }

    /**
     * {@code entities = off} (the switch users look for) stands for {@code entities.enabled = off}:
     * without this a plain value would replace the whole entities section.
     */
    private static Config entitiesShorthand(Config layer) {
        if (layer.hasPath("entities") && layer.getValue("entities").valueType() != ConfigValueType.OBJECT) {
            return layer.withoutPath("entities").withValue("entities.enabled", layer.getValue("entities"));
        }
        return layer;
    }

    private static void rejectUnknownKeys(Config defaults, Config given) {
        for (var entry : given.entrySet()) {
            if (!defaults.hasPath(entry.getKey())) {
                String near = nearestKey(defaults, entry.getKey());
                String from = entry.getValue().origin().description();
                if (from.startsWith("--conf ")) {
                    from = from.replaceFirst(": \\d+$", ""); // a command-line value has no line number
                }
                throw new IllegalArgumentException("unknown setting '" + entry.getKey()
                        + "' (from " + from + "); "
                        + (near == null ? "" : "did you mean '" + near + "'? ")
                        + "the known settings and their meaning are in conf/gazette.conf");
            }
        }
    }

    /** The known key a typo most likely meant: fewest edits, at most a third of its length (at least 2). */
    static String nearestKey(Config defaults, String key) {
        String best = null;
        int bestDistance = Math.max(2, key.length() / 3) + 1;
        // sorted, so that a tie always suggests the same key
        for (String known : new java.util.TreeSet<>(defaults.entrySet().stream().map(Map.Entry::getKey).toList())) {
            int d = editDistance(key, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static GazetteOptions fromConfig(Config c) {
        return new GazetteOptions(
                new Input(c.getBytes("input.max-record-bytes"),
                        c.getString("input.jsonl.url-field"),
                        List.copyOf(c.getStringList("input.jsonl.html-fields")),
                        c.getString("input.jsonl.id-field"),
                        c.getString("input.jsonl.fetched-at-field"),
                        c.getInt("input.max-gzip-ratio"),
                        c.getBytes("input.warc-range-bytes")),
                new Extract(c.getInt("extract.min-text-chars"), c.getInt("extract.max-html-chars"),
                        c.getInt("extract.max-dom-elements")),
                new Output(c.getInt("output.shuffle-partitions"), c.getInt("output.max-records-per-file"),
                        c.getString("output.cache-level")),
                new Entities(c.getBoolean("entities.enabled"), c.getString("entities.model"),
                        c.getInt("entities.max-text-chars")),
                new Learn(c.getBoolean("learn.enabled"), c.getInt("learn.min-outlet-pages"),
                        c.getInt("learn.min-block-pages"), c.getDouble("learn.min-block-share"),
                        c.getInt("learn.max-template-blocks"), c.getInt("learn.min-dates")),
                OutletOverrides.load(c.getString("outlets.file").isBlank() ? null
                        : new File(c.getString("outlets.file"))));
    }
}

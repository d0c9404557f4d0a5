package io.gazette.cli;

import io.gazette.config.GazetteOptions;
import picocli.CommandLine.Option;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The settings options every command shares: a user file and key=value overrides. */
public final class ConfOptions {
    @Option(names = "--config-file", paramLabel = "<file>",
            description = "HOCON file whose keys override the packaged defaults (conf/gazette.conf).")
    File configFile;

    @Option(names = "--conf", paramLabel = "<key=value>",
            description = "Override one setting, e.g. extract.min-text-chars=100; keys starting with spark. "
                    + "go to Spark (e.g. spark.driver.memory=4g). Repeatable.")
    Map<String, String> conf = new LinkedHashMap<>();

    /** The Gazette settings: defaults, then the user file, then the non-Spark --conf keys. */
    public GazetteOptions gazetteOptions() {
        Map<String, String> own = new TreeMap<>();
        conf.forEach((k, v) -> {
            if (!k.startsWith("spark.")) {
                own.put(k, v);
            }
        });
        if (configFile != null && !configFile.isFile()) {
            throw new IllegalArgumentException("config file not found: " + configFile);
        }
        return GazetteOptions.load(configFile, own);
    }

    /** The --conf keys meant for Spark. */
    public Map<String, String> sparkConf() {
        Map<String, String> s = new TreeMap<>();
        conf.forEach((k, v) -> {
            if (k.startsWith("spark.")) {
                s.put(k, v);
            }
        });
        return s;
    }
}

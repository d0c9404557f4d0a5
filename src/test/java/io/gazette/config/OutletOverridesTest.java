package io.gazette.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutletOverridesTest {

    private static final String GOOD = """
            # a newsroom in India that writes 08-09-2022 for 8 September
            "example-news.in" {
              timezone = "Asia/Kolkata"
              date-order = dmy
              text-selectors = ["div.story-body", "article .content"]
              drop-selectors = [".also-read"]
            }
            "Example-Times.com" { date-order = MDY }
            """;

    private static GazetteOptions withOutlets(Path tmp, String body) throws Exception {
        Path f = tmp.resolve("my-outlets.conf");
        Files.writeString(f, body);
        return GazetteOptions.load(null, Map.of("outlets.file", "\"" + f + "\""));
    }

    @Test
    void nothingIsConfiguredByDefault() {
        GazetteOptions o = GazetteOptions.defaults();
        assertTrue(o.outlets().byDomain().isEmpty(), "the packaged outlets.conf holds only a commented example");
        OutletOverrides.Outlet none = o.outlet("indianexpress.com");
        assertTrue(none.isEmpty());
        assertEquals("indianexpress.com", none.domain());
        assertTrue(o.outlet(null).isEmpty(), "pages without an outlet ask too");
    }

    @Test
    void aUserFileGivesTypedOverridesPerDomain(@TempDir Path tmp) throws Exception {
        GazetteOptions o = withOutlets(tmp, GOOD);
        OutletOverrides.Outlet in = o.outlet("example-news.in");
        assertEquals(ZoneId.of("Asia/Kolkata"), in.timezone());
        assertEquals(OutletOverrides.DateOrder.DMY, in.dateOrder(), "case does not matter");
        assertEquals(List.of("div.story-body", "article .content"), in.textSelectors());
        assertEquals(List.of(".also-read"), in.dropSelectors());
        // keys and look-ups are matched as the outlet column writes domains
        assertEquals(in, o.outlet("WWW.Example-News.IN"));
        OutletOverrides.Outlet times = o.outlet("example-times.com");
        assertEquals(OutletOverrides.DateOrder.MDY, times.dateOrder());
        assertNull(times.timezone());
        assertTrue(times.textSelectors().isEmpty());
        assertTrue(o.outlet("other.org").isEmpty());
    }

    @Test
    void theOverridesTravelToExecutorsInsideTheOptions(@TempDir Path tmp) throws Exception {
        GazetteOptions o = withOutlets(tmp, GOOD);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        Files.delete(tmp.resolve("my-outlets.conf")); // executors never read the file
        GazetteOptions back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (GazetteOptions) in.readObject();
        }
        assertEquals(o, back);
        assertEquals(ZoneId.of("Asia/Kolkata"), back.outlet("example-news.in").timezone());
    }

    @Test
    void mistakesStopTheLoadWithTheOutletAndTheKey(@TempDir Path tmp) {
        assertMessage(tmp, "\"a.com\" { time-zone = \"UTC\" }", "outlet 'a.com'", "unknown key 'time-zone'");
        assertMessage(tmp, "\"a.com\" { timezone = \"Asia/Bombay\" }", "timezone 'Asia/Bombay'", "Asia/Kolkata");
        assertMessage(tmp, "\"a.com\" { date-order = YDM }", "date-order 'YDM'", "DMY");
        assertMessage(tmp, "\"a.com\" { text-selectors = [\"div[\"] }", "'div['", "CSS selector");
        assertMessage(tmp, "\"a.com\" { text-selectors = \"div.body\" }", "outlet 'a.com'", "text-selectors");
        // an unquoted domain is a path (a -> com): the message says to quote it
        assertMessage(tmp, "a.com { timezone = UTC }", "must be quoted", "\"a.com\"");
        assertMessage(tmp, "\"a.com\" = \"Asia/Kolkata\"", "outlet 'a.com'", "quote the domain");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> GazetteOptions.load(null, Map.of("outlets.file", "/no/such/outlets.conf")));
        assertTrue(missing.getMessage().contains("outlets file not found: /no/such/outlets.conf"),
                missing.getMessage());
    }

    private static void assertMessage(Path tmp, String body, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withOutlets(tmp, body),
                body);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "'" + p + "' not in: " + e.getMessage());
        }
    }

    /** Every setting in conf/gazette.conf has a comment, on itself or on the section around it. */
    @Test
    void everyPackagedSettingIsExplained() {
        Config conf = ConfigFactory.parseFile(Path.of("conf/gazette.conf").toFile());
        List<String> bare = new ArrayList<>();
        walk(conf.root(), "", false, bare);
        assertTrue(conf.root().size() >= 5, "parsed " + conf.root().keySet());
        assertEquals(List.of(), bare, "settings without a comment in conf/gazette.conf");
    }

    private static void walk(ConfigObject obj, String prefix, boolean commented, List<String> bare) {
        for (Map.Entry<String, ConfigValue> e : obj.entrySet()) {
            String path = prefix + e.getKey();
            boolean here = commented || !e.getValue().origin().comments().isEmpty();
            if (e.getValue().valueType() == ConfigValueType.OBJECT) {
                // a top-level section's comment (or the file header before it) does not explain its keys;
                // a nested group's does (input.jsonl: "Field names in JSON Lines dumps")
                walk((ConfigObject) e.getValue(), path + ".", !prefix.isEmpty() && here, bare);
            } else if (!here) {
                bare.add(path);
            }
        }
    }
}

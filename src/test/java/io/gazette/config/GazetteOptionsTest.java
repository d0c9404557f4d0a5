package io.gazette.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteOptionsTest {

    @Test
    void defaultsComeFromThePackagedFile() {
        GazetteOptions o = GazetteOptions.defaults();
        assertEquals(200, o.extract().minTextChars());
        assertEquals(8L * 1024 * 1024, o.input().maxRecordBytes());
        assertEquals("url", o.input().jsonlUrlField());
    }

    @Test
    void userFileOverridesOnlyWhatItNamesAndTheCommandLineWins(@TempDir Path tmp) throws Exception {
        Path user = tmp.resolve("my.conf");
        Files.writeString(user, "extract.min-text-chars = 50\ninput.jsonl.url-field = link\n");
        GazetteOptions o = GazetteOptions.load(user.toFile(), Map.of("extract.min-text-chars", "75",
                "input.jsonl.html-fields", "[page, html]", "input.max-record-bytes", "2MiB"));
        assertEquals(75, o.extract().minTextChars());
        assertEquals("link", o.input().jsonlUrlField());
        assertEquals(List.of("page", "html"), o.input().jsonlHtmlFields());
        assertEquals(2L * 1024 * 1024, o.input().maxRecordBytes());
        // untouched keys keep their defaults
        assertEquals(GazetteOptions.defaults().extract().maxHtmlChars(), o.extract().maxHtmlChars());
    }

    @Test
    void unknownKeysAndBadValuesAreErrorsThatNameTheKey() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> GazetteOptions.load(null, Map.of("extract.min-text-char", "5")));
        assertTrue(unknown.getMessage().contains("extract.min-text-char"), unknown.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> GazetteOptions.load(null, Map.of("extract.min-text-chars", "many")));
        assertTrue(bad.getMessage().contains("min-text-chars"), bad.getMessage());
    }
}

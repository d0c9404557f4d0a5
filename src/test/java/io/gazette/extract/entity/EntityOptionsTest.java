package io.gazette.extract.entity;

import io.gazette.config.GazetteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entities section of the options and its on/off switch. */
class EntityOptionsTest {

    @Test
    void defaultsTagWithTheBundledModel() {
        GazetteOptions.Entities e = GazetteOptions.defaults().entities();
        assertTrue(e.enabled());
        assertEquals(CoreNlpRecognizer.DEFAULT_MODEL, e.model());
        assertEquals(100_000, e.maxTextChars());
        // The other sections are still read.
        assertEquals(200, GazetteOptions.defaults().extract().minTextChars());
    }

    @Test
    void entitiesOffIsShortForEnabledOff() {
        assertFalse(GazetteOptions.load(null, Map.of("entities", "off")).entities().enabled());
        assertFalse(GazetteOptions.load(null, Map.of("entities.enabled", "false")).entities().enabled());
        GazetteOptions both = GazetteOptions.load(null, Map.of("entities", "off", "entities.max-text-chars", "5000"));
        assertFalse(both.entities().enabled());
        assertEquals(5000, both.entities().maxTextChars());
        assertEquals(CoreNlpRecognizer.DEFAULT_MODEL, both.entities().model(), "the rest of the section stays");
    }

    @Test
    void aUserFileCanSwitchEntitiesOff(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("user.conf"), "entities = off\n");
        GazetteOptions o = GazetteOptions.load(file.toFile(), Map.of());
        assertFalse(o.entities().enabled());
        assertEquals(100_000, o.entities().maxTextChars());
        assertTrue(GazetteOptions.load(file.toFile(), Map.of("entities", "on")).entities().enabled(),
                "the command line wins over the user file");
    }

    @Test
    void badEntitySettingsAreRejectedByName() {
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> GazetteOptions.load(null, Map.of("entities.langauge", "en")));
        assertTrue(unknown.getMessage().contains("entities.langauge"), unknown.getMessage());
        var notBool = assertThrows(IllegalArgumentException.class,
                () -> GazetteOptions.load(null, Map.of("entities", "maybe")));
        assertTrue(notBool.getMessage().contains("entities"), notBool.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GazetteOptions.load(null, Map.of("entities.max-text-chars", "0")));
    }
}

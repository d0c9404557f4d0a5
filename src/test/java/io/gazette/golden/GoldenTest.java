package io.gazette.golden;

import com.fasterxml.jackson.databind.JsonNode;
import io.gazette.model.Article;
import io.gazette.model.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks src/test/resources/golden: every folder is a page written for the test and what must come
 * out of it. To review changes, run src/test/resources/golden/regenerate.sh, which writes what the
 * pipeline produces now next to the expectations (under target/golden) and shows the difference.
 */
class GoldenTest {

    static List<GoldenCase> cases() throws Exception {
        return GoldenCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void page(GoldenCase c) throws Exception {
        Outcome out = c.run();
        Article a = assertInstanceOf(Article.class, out, () -> c.name() + " rejected: " + out);
        Map<String, Object> actual = GoldenCase.fields(a);
        JsonNode fields = c.expected().path("fields");
        fields.fieldNames().forEachRemaining(name -> {
            assertTrue(actual.containsKey(name), c.name() + ": unknown field " + name);
            JsonNode want = fields.get(name);
            Object got = actual.get(name);
            if (want.isArray()) {
                List<String> list = new ArrayList<>();
                want.forEach(x -> list.add(x.asText()));
                assertEquals(list, got, c.name() + ": " + name);
            } else {
                assertEquals(want.isNull() ? null : want.asText(), got, c.name() + ": " + name);
            }
        });
        JsonNode t = c.expected().path("text");
        String text = a.text();
        if (t.has("startsWith")) {
            assertTrue(text.startsWith(t.get("startsWith").asText()), c.name() + " text starts: " + text);
        }
        if (t.has("endsWith")) {
            assertTrue(text.endsWith(t.get("endsWith").asText()), c.name() + " text ends: " + text);
        }
        if (t.has("paragraphs")) {
            assertEquals(t.get("paragraphs").asInt(), text.split("\n\n").length, c.name() + " paragraphs: " + text);
        }
        for (JsonNode s : t.path("contains")) {
            assertTrue(text.contains(s.asText()), c.name() + " lacks \"" + s.asText() + "\": " + text);
        }
        for (JsonNode s : t.path("notContains")) {
            assertFalse(text.contains(s.asText()), c.name() + " keeps \"" + s.asText() + "\": " + text);
        }
    }
}

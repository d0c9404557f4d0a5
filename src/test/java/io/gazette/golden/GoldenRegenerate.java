package io.gazette.golden;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.model.Article;
import io.gazette.model.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes, for every golden case, what the pipeline produces now in the expected.json format, to
 * target/golden/<case>/expected.json, for review against the committed expectations (the
 * regenerate.sh script shows the difference). Never overwrites the committed files: a person
 * decides which changes are improvements.
 *
 * <p>The proposal keeps the case's own segment lists (contains / notContains are statements about
 * the page, written by hand) and refreshes what can be read off the output: fields, first and last
 * words, paragraph count. Segments that no longer hold are listed under "failing".
 */
public final class GoldenRegenerate {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/golden");
        for (GoldenCase c : GoldenCase.all()) {
            Outcome o = c.run();
            ObjectNode e = c.expected().deepCopy();
            Path dir = out.resolve(c.name());
            Files.createDirectories(dir);
            if (!(o instanceof Article a)) {
                e.put("rejected", o.toString());
                GoldenCase.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("expected.json").toFile(), e);
                continue;
            }
            ObjectNode fields = e.with("fields");
            Map<String, Object> actual = GoldenCase.fields(a);
            List<String> names = new java.util.ArrayList<>();
            fields.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                fields.set(name, GoldenCase.JSON.valueToTree(actual.get(name)));
            }
            ObjectNode text = e.with("text");
            String t = a.text();
            String[] paragraphs = t.split("\n\n");
            text.put("startsWith", paragraphs[0].length() > 80 ? paragraphs[0].substring(0, 80) : paragraphs[0]);
            String last = paragraphs[paragraphs.length - 1];
            text.put("endsWith", last.length() > 80 ? last.substring(last.length() - 80) : last);
            text.put("paragraphs", paragraphs.length);
            ArrayNode failing = text.putArray("failing");
            text.path("contains").forEach(s -> {
                if (!t.contains(s.asText())) {
                    failing.add("contains: " + s.asText());
                }
            });
            text.path("notContains").forEach(s -> {
                if (t.contains(s.asText())) {
                    failing.add("notContains: " + s.asText());
                }
            });
            if (failing.isEmpty()) {
                text.remove("failing");
            }
            GoldenCase.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("expected.json").toFile(), e);
            Files.writeString(dir.resolve("text.txt"), t);
        }
        System.out.println("proposals written under " + out.toAbsolutePath());
    }
}

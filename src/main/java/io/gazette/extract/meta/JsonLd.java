package io.gazette.extract.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON-LD blocks of a page, flattened: every object found at the top level, inside arrays and
 * inside {@code @graph}, in document order. Malformed blocks are skipped (publishers often ship
 * trailing commas or several objects glued together; a bad block must not lose the good ones).
 */
public final class JsonLd {
    /** Parsed once: jsoup parses a query string, its regex included, on every select. */
    private static final Evaluator LD_SCRIPTS = Selector.evaluatorOf("script[type~=(?i)application/ld\\+json]");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
            .build();

    static {
        // Untrusted input: keep nesting and sizes bounded.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxStringLength(5_000_000).build());
    }

    /** Schema.org types that describe the article itself (not the site, the breadcrumb, ...). */
    public static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle",
            "report", "posting", "webpage", "itempage", "creativework", "medicalwebpage", "howto",
            "recipe", "review");

    private JsonLd() {
    }

    static List<JsonNode> objects(PageElements els) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : els.select(els.scripts, LD_SCRIPTS)) {
            String json = script.data().trim();
            if (json.isEmpty()) {
                // React output that set the block as a property: <script type="application/ld+json"
                // children="{&quot;@context&quot;: ...}"> (the attribute value is the JSON)
                json = script.attr("children").trim();
            }
            read(json, out);
        }
        for (Element meta : els.metas) {
            // Remix's meta export rendered as a tag: <meta name="script:ld+json" content="{...}">
            if (meta.attr("name").equalsIgnoreCase("script:ld+json")) {
                read(meta.attr("content").trim(), out);
            }
        }
        return out;
    }

    private static void read(String json, List<JsonNode> out) {
        if (json.isEmpty()) {
            return;
        }
        try {
            flatten(MAPPER.readTree(json), out, 0);
        } catch (Exception malformed) {
            // skipped on purpose, see class comment
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            if (node.has("@graph")) {
                flatten(node.get("@graph"), out, depth + 1);
            }
        }
    }

    /** True when the object's @type (a string or an array) names one of {@code types}. */
    public static boolean hasType(JsonNode obj, Set<String> types) {
        JsonNode t = obj.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode one : t) {
                if (types.contains(one.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(t.asText().toLowerCase(Locale.ROOT));
    }

    /** The most specific article object: a *Article/*Posting type before a generic WebPage. */
    public static JsonNode article(List<JsonNode> objects) {
        JsonNode generic = null;
        for (JsonNode o : objects) {
            if (hasType(o, ARTICLE_TYPES)) {
                String t = typeName(o);
                if (t.contains("article") || t.contains("posting") || t.equals("report")) {
                    return o;
                }
                if (generic == null) {
                    generic = o;
                }
            }
        }
        return generic;
    }

    private static String typeName(JsonNode o) {
        JsonNode t = o.get("@type");
        String s = t.isArray() ? (t.size() > 0 ? t.get(0).asText() : "") : t.asText();
        return s.toLowerCase(Locale.ROOT);
    }

    /** A text value: a string, the first string of an array, or the name/@value of an object. */
    public static String text(JsonNode obj, String field) {
        if (obj == null) {
            return null;
        }
        return asText(obj.get(field));
    }

    static String asText(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            String s = v.asText().trim();
            return s.isEmpty() ? null : s;
        }
        if (v.isArray()) {
            for (JsonNode one : v) {
                String s = asText(one);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (v.isObject()) {
            String s = asText(v.get("name"));
            return s != null ? s : asText(v.get("@value"));
        }
        return null;
    }

    /** Objects that carry an {@code @id}, for resolving references ({"author": {"@id": "#/person/1"}}). */
    public static java.util.Map<String, JsonNode> byId(List<JsonNode> objects) {
        java.util.Map<String, JsonNode> out = new java.util.HashMap<>();
        for (JsonNode o : objects) {
            JsonNode id = o.get("@id");
            if (id != null && id.isTextual() && o.size() > 1) {
                out.putIfAbsent(id.asText(), o);
            }
        }
        return out;
    }

    /** One name in an author-like field, with whether schema.org says it is an organisation. */
    public record Agent(String name, boolean organization) {
    }

    /**
     * The agents of a field such as {@code author}: strings, objects with a name, references by
     * {@code @id} to objects elsewhere in the page's JSON-LD, or arrays of these.
     */
    public static List<Agent> agents(JsonNode obj, String field, java.util.Map<String, JsonNode> byId) {
        List<Agent> out = new ArrayList<>();
        if (obj != null) {
            collectAgents(obj.get(field), byId, out, 0);
        }
        return out;
    }

    private static void collectAgents(JsonNode v, java.util.Map<String, JsonNode> byId, List<Agent> out, int depth) {
        if (v == null || v.isNull() || depth > 4) {
            return;
        }
        if (v.isArray()) {
            v.forEach(one -> collectAgents(one, byId, out, depth + 1));
        } else if (v.isTextual()) {
            String s = v.asText().trim();
            if (!s.isEmpty()) {
                out.add(new Agent(s, false));
            }
        } else if (v.isObject()) {
            JsonNode target = v;
            if (!v.has("name") && v.has("@id") && byId.containsKey(v.get("@id").asText())) {
                target = byId.get(v.get("@id").asText());
            }
            String s = asText(target.get("name"));
            if (s == null && target.has("givenName")) {
                s = (asText(target.get("givenName")) + " " + java.util.Objects.toString(asText(target.get("familyName")), "")).trim();
            }
            if (s != null) {
                out.add(new Agent(s, hasType(target, ORGANIZATION_TYPES)));
            }
        }
    }

    static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "newsmediaorganization", "corporation",
            "localbusiness", "educationalorganization", "governmentorganization", "ngo", "brand", "website",
            "medicalorganization", "onlinebusiness", "store");

    /** Every name in a field that may hold a string, an object with a name, or an array of either. */
    public static List<String> names(JsonNode obj, String field) {
        List<String> out = new ArrayList<>();
        if (obj != null) {
            collectNames(obj.get(field), out);
        }
        return out;
    }

    private static void collectNames(JsonNode v, List<String> out) {
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            v.forEach(one -> collectNames(one, out));
        } else if (v.isTextual()) {
            String s = v.asText().trim();
            if (!s.isEmpty()) {
                out.add(s);
            }
        } else if (v.isObject()) {
            String s = asText(v.get("name"));
            if (s != null) {
                out.add(s);
            }
        }
    }
}

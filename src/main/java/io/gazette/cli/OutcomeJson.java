package io.gazette.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.model.Article;
import io.gazette.model.Columns;
import io.gazette.model.Entity;
import io.gazette.model.Outcome;
import io.gazette.model.Reject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object per outcome, with the table's column names: the output of {@code extract}.
 * Every line starts with {@code id}: the input's own id when it has one, else the URL, else
 * file:offset.
 */
public final class OutcomeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutcomeJson() {
    }

    public static Map<String, Object> toMap(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (o instanceof Article a) {
            m.put("id", id(a.recordId(), a.url(), a.sourceFile(), a.sourceOffset()));
            m.put("status", "article");
            put(m, Columns.ARTICLE, a);
        } else {
            Reject r = (Reject) o;
            m.put("id", id(r.recordId(), r.url(), r.sourceFile(), r.sourceOffset()));
            m.put("status", "reject");
            put(m, Columns.REJECT, r);
        }
        return m;
    }

    public static String toJson(Outcome o) {
        try {
            return MAPPER.writeValueAsString(toMap(o));
        } catch (Exception e) {
            throw new IllegalStateException("outcome not serialisable", e);
        }
    }

    private static <T> void put(Map<String, Object> m, List<Columns.Column<T>> columns, T value) {
        for (Columns.Column<T> c : columns) {
            Object v = c.get().apply(value);
            if (v instanceof java.time.temporal.TemporalAccessor) {
                v = v.toString(); // java.time values as ISO-8601 strings, the way JSON consumers expect them
            } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Entity) {
                v = list.stream().map(e -> {
                    Entity en = (Entity) e;
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("name", en.name());
                    one.put("type", en.type().name());
                    one.put("mentions", en.mentions());
                    one.put("first_offset", en.firstOffset());
                    return one;
                }).toList();
            }
            m.put(c.name(), v);
        }
    }

    private static String id(String recordId, String url, String file, long offset) {
        if (recordId != null) {
            return recordId;
        }
        return url != null ? url : file + ":" + offset;
    }
}

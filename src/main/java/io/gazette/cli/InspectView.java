package io.gazette.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.extract.PageWork;
import io.gazette.extract.explain.Explain;
import io.gazette.model.Article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How {@code inspect} shows a page: for a person, a page of labelled fields, the entities and the
 * wrapped text; for machines, the line {@code extract} writes, plus the trace with --explain.
 *
 * <p>Article fields are read from {@link OutcomeJson#toMap} by column name, so columns other
 * steps add later show up (under "other") without a change here.
 */
final class InspectView {
    private InspectView() {
    }

    /** Columns shown in their own places; any other column goes under "other". */
    private static final Set<String> PLACED = Set.of("id", "status", "article_id", "url", "canonical_url",
            "site_name", "title", "description", "authors", "published_at", "published_offset", "date_source",
            "modified_at", "fetched_at", "language", "text", "word_count", "charset", "truncated", "source_file",
            "source_offset", "source_format", "record_id", "extractor_version", "entities", "persons",
            "organizations", "locations", "countries", "dateline", "agencies", "handles", "entity_status",
            "publish_date", "outlet", "simhash", "cluster_id", "reason", "detail");

    static String json(Inspection in, boolean explain) {
        Map<String, Object> m = new LinkedHashMap<>(OutcomeJson.toMap(in.outcome));
        m.put("record", in.record);
        if (explain) {
            Map<String, Object> x = new LinkedHashMap<>();
            List<Map<String, Object>> steps = new ArrayList<>();
            for (Inspection.StepRun s : in.steps) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("step", s.name());
                one.put("ms", Math.round(s.millis() * 100) / 100.0);
                one.put("found", s.summary());
                one.put("result", s.result());
                steps.add(one);
            }
            x.put("steps", steps);
            x.put("not_run", in.notRun);
            x.put("text_method", in.work.textMethod);
            x.put("date_source", in.work.date == null ? null : in.work.date.source());
            x.put("blocks_from", in.blocksFromStep ? "main-text step" : "comparison with the kept text");
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (Explain.Block b : in.blocks) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("path", b.path());
                one.put("kept", b.kept());
                one.put("reason", b.reason());
                one.put("score", Double.isNaN(b.score()) ? null : b.score());
                one.put("text", b.text());
                blocks.add(one);
            }
            x.put("blocks", blocks);
            List<Map<String, Object>> notes = new ArrayList<>();
            for (Explain.Note n : in.work.explain.notes()) {
                notes.add(Map.of("step", n.step(), "message", n.message()));
            }
            x.put("notes", notes);
            m.put("explain", x);
        }
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (Exception e) {
            throw new IllegalStateException("inspection not serialisable", e);
        }
    }

    static String text(Inspection in, boolean explain, int width) {
        Out o = new Out(Math.max(40, width));
        Map<String, Object> m = OutcomeJson.toMap(in.outcome);
        PageWork w = in.work;
        boolean article = in.outcome instanceof Article;

        o.line("record " + in.record + " of " + in.raw.sourceFile() + "  (offset " + in.raw.sourceOffset()
                + (in.raw.format() == null ? "" : ", " + in.raw.format().name().toLowerCase(Locale.ROOT)) + ")");
        o.rule();
        if (article) {
            o.field("status", "article");
        } else {
            o.field("status", "REJECTED " + m.get("reason") + (m.get("detail") == null ? "" : " (" + m.get("detail") + ")")
                    + rejectedAt(in));
        }
        o.field("url", str(m.get("url")));
        if (article && m.get("canonical_url") != null && !m.get("canonical_url").equals(m.get("url"))) {
            o.field("canonical", str(m.get("canonical_url")));
        }
        String title = article ? str(m.get("title")) : w.title;
        o.field("title", title);
        if (article) {
            o.field("outlet", m.get("outlet") + (m.get("site_name") == null ? "" : "  (site name: " + m.get("site_name") + ")"));
            o.field("authors", join(m.get("authors")));
            o.field("description", str(m.get("description")));
            o.field("published", published(m));
            // the rung of the cascade that found the date, with its notes (label, zone): a line of its
            // own, as it can be long
            o.field("date from", str(m.get("date_source")));
            o.field("modified", str(m.get("modified_at")));
            o.field("fetched", str(m.get("fetched_at")));
            o.field("language", str(m.get("language")));
            o.field("size", m.get("word_count") + " words, charset " + m.get("charset")
                    + (Boolean.TRUE.equals(m.get("truncated")) ? ", TRUNCATED at a size cap" : ""));
            o.field("article_id", str(m.get("article_id")));
            Map<String, Object> other = new TreeMap<>();
            m.forEach((k, v) -> {
                if (!PLACED.contains(k) && v != null && !(v instanceof List<?> l && l.isEmpty())) {
                    other.put(k, v);
                }
            });
            other.forEach((k, v) -> o.field(k, v instanceof List<?> ? join(v) : String.valueOf(v)));
            entities(o, m);
        } else {
            // what the steps found before the page was rejected
            if (w.outlet != null) {
                o.field("outlet", w.outlet);
            }
            if (w.date != null && w.date.day() != null) {
                o.field("published", String.valueOf(w.date.day()));
                o.field("date from", w.date.source());
            }
        }
        String text = article ? str(m.get("text")) : w.text;
        if (explain) {
            steps(o, in);
            blocks(o, in);
            notes(o, in);
        }
        o.blank();
        if (text == null || text.isBlank()) {
            o.line("text: none" + (article ? "" : " (no text step result)"));
        } else {
            o.line("text (" + Inspection.paragraphs(text) + " paragraph(s), " + text.length() + " characters"
                    + (article ? "" : "; not kept, the page was rejected") + ")");
            for (String para : text.split("\n\n")) {
                o.wrapped(para, "  ");
                o.blank();
            }
        }
        return o.toString();
    }

    private static String rejectedAt(Inspection in) {
        for (Inspection.StepRun s : in.steps) {
            if (!s.result().equals("ok")) {
                return "  at step " + s.name();
            }
        }
        return "";
    }

    private static String published(Map<String, Object> m) {
        Object day = m.get("publish_date");
        if (day == null) {
            return "no date found (publish_date is NULL)";
        }
        StringBuilder s = new StringBuilder(String.valueOf(day));
        if (m.get("published_at") != null) {
            s.append("  at ").append(m.get("published_at")).append(" UTC");
            if (m.get("published_offset") != null) {
                s.append(" (page offset ").append(m.get("published_offset")).append(')');
            }
        } else {
            s.append(" (day only: no time with a known zone)");
        }
        return s.toString();
    }

    @SuppressWarnings("unchecked")
    private static void entities(Out o, Map<String, Object> m) {
        Object es = m.get("entities");
        List<Map<String, Object>> list = es instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        o.blank();
        Map<String, Integer> perType = new TreeMap<>();
        list.forEach(e -> perType.merge(String.valueOf(e.get("type")), 1, Integer::sum));
        o.line("entities: " + m.get("entity_status") + (list.isEmpty() ? ", none" : ", " + list.size()
                + " distinct " + perType.toString().replace("{", "(").replace("}", ")").replace("=", " ")));
        int nameWidth = Math.min(36, list.stream().mapToInt(e -> String.valueOf(e.get("name")).length()).max().orElse(4));
        for (Map<String, Object> e : list) {
            o.line(String.format(Locale.ROOT, "  %-3s  %-" + nameWidth + "s  %3d×  at %s", e.get("type"),
                    cut(String.valueOf(e.get("name")), nameWidth), ((Number) e.get("mentions")).intValue(),
                    e.get("first_offset")));
        }
        o.field("  countries", join(m.get("countries")));
        o.field("  dateline", str(m.get("dateline")));
        o.field("  agencies", join(m.get("agencies")));
        o.field("  handles", join(m.get("handles")));
    }

    private static void steps(Out o, Inspection in) {
        o.blank();
        o.line("steps");
        int nameWidth = in.steps.stream().mapToInt(s -> s.name().length()).max().orElse(8);
        for (Inspection.StepRun s : in.steps) {
            String what = s.result().equals("ok") ? s.summary() : s.result().toUpperCase(Locale.ROOT).charAt(0)
                    + s.result().substring(1) + (s.summary().isEmpty() ? "" : "  [" + s.summary() + "]");
            o.line(String.format(Locale.ROOT, "  %-" + nameWidth + "s %8.1f ms  %s", s.name(), s.millis(), what));
        }
        if (!in.notRun.isEmpty()) {
            o.line("  not run: " + String.join(", ", in.notRun));
        }
    }

    private static void blocks(Out o, Inspection in) {
        o.blank();
        long kept = in.blocks.stream().filter(Explain.Block::kept).count();
        if (in.blocks.isEmpty()) {
            o.line("blocks: none to show (the page was rejected before the text step, or has no body)");
            return;
        }
        o.line("blocks: " + kept + " kept (+), " + (in.blocks.size() - kept) + " dropped (-)"
                + (in.blocksFromStep ? "; reasons from the text step"
                : "; found by comparing the page's blocks with the kept text (the text step records no reasons yet)"));
        Map<String, Integer> reasons = new TreeMap<>();
        in.blocks.stream().filter(b -> !b.kept()).forEach(b -> reasons.merge(
                b.reason() == null ? "not in the text" : b.reason(), 1, Integer::sum));
        if (!reasons.isEmpty()) {
            o.line("  dropped: " + reasons.toString().replace("{", "").replace("}", "").replace("=", " "));
        }
        int pathWidth = Math.min(34, in.blocks.stream().mapToInt(b -> b.path() == null ? 0 : b.path().length())
                .max().orElse(0));
        for (Explain.Block b : in.blocks) {
            String head = String.format(Locale.ROOT, "  %s %-" + pathWidth + "s ", b.kept() ? "+" : "-",
                    cutLeft(b.path() == null ? "" : b.path(), pathWidth));
            String reason = b.reason() == null ? "" : "[" + b.reason() + "] ";
            int room = Math.max(20, o.width - head.length() - reason.length());
            o.line(head + reason + cut(b.text(), room));
        }
    }

    private static void notes(Out o, Inspection in) {
        List<Explain.Note> notes = in.work.explain.notes();
        if (notes.isEmpty()) {
            return;
        }
        o.blank();
        o.line("notes");
        for (Explain.Note n : notes) {
            o.wrapped(n.step() + ": " + n.message(), "  ");
        }
    }

    private static String str(Object v) {
        return v == null ? null : String.valueOf(v);
    }

    private static String join(Object v) {
        if (v instanceof List<?> l) {
            return l.isEmpty() ? null : String.join(", ", l.stream().map(String::valueOf).toList());
        }
        return str(v);
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** Keeps the end, where a path names the block itself. */
    static String cutLeft(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - (max - 1));
    }

    /** A text page with labelled fields and word wrapping. */
    private static final class Out {
        final int width;
        private final StringBuilder s = new StringBuilder();

        Out(int width) {
            this.width = width;
        }

        void line(String l) {
            s.append(l).append('\n');
        }

        void blank() {
            if (s.length() > 0 && !s.toString().endsWith("\n\n")) {
                s.append('\n');
            }
        }

        void rule() {
            line("-".repeat(Math.min(width, 72)));
        }

        /** A labelled value; nothing when the value is empty, so absent fields take no room. */
        void field(String label, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            String head = String.format(Locale.ROOT, "%-12s", label);
            wrappedAfter(head, value);
        }

        void wrapped(String text, String indent) {
            wrappedAfter(indent, text);
        }

        private void wrappedAfter(String head, String text) {
            String pad = " ".repeat(head.length());
            int room = Math.max(20, width - head.length());
            StringBuilder line = new StringBuilder();
            boolean first = true;
            for (String word : text.strip().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                    s.append(first ? head : pad).append(line).append('\n');
                    first = false;
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            s.append(first ? head : pad).append(line).append('\n');
        }

        @Override
        public String toString() {
            return s.toString();
        }
    }
}

package io.gazette.spark;

import io.gazette.model.RejectReason;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run report as one self-contained HTML page ({@code reports/<run-id>.html}): tiles with the
 * totals, bar charts drawn here as inline SVG, the input files as a sortable table. No network is
 * needed to view it: no fonts, scripts or styles are fetched, and the page reads well with scripts
 * off. A small inline script makes the tables sortable and, after layout, counts the drawn marks
 * of every chart into {@code data-*} attributes of the body (what the browser test reads back).
 *
 * <p>Every string from the data (outlet names, file paths, entity names) is escaped: the page shows
 * what scraped pages contained.
 */
public final class RunReportHtml {
    private RunReportHtml() {
    }

    /** Bars per chart before the rest are summed into one "other" bar. */
    static final int MAX_BARS = 25;
    /** Days on the publish-date chart before it counts per month instead. */
    static final int MAX_DAYS = 120;

    public static String render(RunReport r) {
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.raw("<title>Gazette run ").text(r.runId).raw("</title><style>").raw(CSS).raw("</style></head>\n");
        h.raw("<body data-run-id=\"").attr(r.runId).raw("\">\n<header><h1>Gazette run <code>").text(r.runId)
                .raw("</code></h1><p class=\"sub\">");
        h.text(String.format(Locale.ROOT, "%s to %s \u00b7 %s \u00b7 schema v%d \u00b7 %s%s \u00b7 output %s",
                nz(r.startedAt), nz(r.finishedAt), nz(r.extractorVersion), r.schemaVersion, nz(r.format),
                r.incremental ? ", incremental" : "", nz(r.output)));
        h.raw("</p></header>\n<main>\n");

        tiles(h, r);
        accounting(h, r);

        h.raw("<div class=\"grid\">\n");
        barChart(h, "outlets", "Articles per outlet", withOther(r.outlets, MAX_BARS), null, "");
        dateChart(h, r.publishDates);
        barChart(h, "reject-reasons", "Rejects per reason", withOther(r.rejectReasons, MAX_BARS),
                RunReportHtml::reasonTip, "reject");
        barChart(h, "date-sources", "Where the publication date came from", withOther(r.dateSourcesWithoutNotes(), MAX_BARS),
                null, "");
        barChart(h, "languages", "Languages of the articles", withOther(r.languages, MAX_BARS), null, "");
        barChart(h, "entity-types", "Named entities per type (once per article)", r.entityTypes,
                RunReportHtml::typeTip, "");
        barChart(h, "entity-status", "Entity tagging per article", r.entityStatuses, null, "");
        progressChart(h, r);
        fileRateChart(h, r);
        h.raw("</div>\n");

        topEntities(h, r);
        filesTable(h, r);
        h.raw("</main>\n<footer>Written by Gazette with ").text(nz(r.extractorVersion))
                .raw(". The same numbers are in <code>").text(r.runId).raw(".json</code> beside this page.</footer>\n");
        h.raw("<script>").raw(SCRIPT).raw("</script>\n</body></html>\n");
        return h.toString();
    }

    // --- parts ------------------------------------------------------------------------------------

    private static void tiles(Html h, RunReport r) {
        long dated = r.articles - r.publishDates.getOrDefault("undated", 0L);
        h.raw("<section class=\"tiles\">");
        tile(h, "records read", num(r.recordsRead), r.inputFiles + " files, " + bytes(r.inputBytes));
        tile(h, "articles", num(r.articles), pct(r.articles, r.recordsRead) + " of the records");
        tile(h, "rejects", num(r.rejects), r.rejectReasons.size() + " reasons");
        tile(h, "dated", pct(dated, r.articles), num(dated) + " articles with a publish date");
        tile(h, "time", String.format(Locale.ROOT, "%.1f s", r.seconds), "wall clock, start to report");
        tile(h, "throughput", r.seconds > 0 ? String.format(Locale.ROOT, "%.1f", r.recordsRead / r.seconds) : "-",
                "records per second overall");
        h.raw("</section>\n");
    }

    private static void tile(Html h, String label, String value, String note) {
        h.raw("<div class=\"tile\"><div class=\"label\">").text(label).raw("</div><div class=\"value\">").text(value)
                .raw("</div><div class=\"note\">").text(note).raw("</div></div>");
    }

    private static void accounting(Html h, RunReport r) {
        boolean ok = r.balanced();
        h.raw("<p class=\"acct ").raw(ok ? "ok" : "bad").raw("\">");
        if (ok) {
            h.text("\u2714 Every record read is one article or one reject, and every row is in the tables: "
                    + num(r.articlesWritten) + " articles and " + num(r.rejectsWritten) + " rejects written"
                    + (r.articlesKept + r.rejectsKept > 0 ? ", " + num(r.articlesKept) + " articles and "
                    + num(r.rejectsKept) + " rejects already stored" : "") + ".");
        } else {
            h.text("\u2718 Records are missing: " + r.imbalance());
        }
        if (r.inputFilesSkipped > 0) {
            h.text(" " + r.inputFilesSkipped + " input files were processed by an earlier run and skipped.");
        }
        h.raw("</p>\n");
    }

    /** Horizontal bars, one per key, longest first. */
    private static void barChart(Html h, String id, String title, Map<String, Long> data,
                                 java.util.function.Function<String, String> tip, String cls) {
        List<Map.Entry<String, Long>> rows = new ArrayList<>(data.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        // "other N" always last
        rows.sort(Comparator.comparing(e -> e.getKey().startsWith(OTHER)));
        long max = rows.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
        long total = rows.stream().mapToLong(Map.Entry::getValue).sum();
        int labelW = 190;
        int barW = 300;
        int rowH = 22;
        int width = labelW + barW + 70;
        int height = Math.max(1, rows.size()) * rowH + 8;
        // a sum of rates means nothing: the rate chart has no total
        figure(h, id, title, total == 0 || cls.equals("rate") ? "" : num(total) + " in all");
        h.raw("<svg class=\"chart hbar ").raw(cls).raw("\" role=\"img\" aria-label=\"").attr(title)
                .raw("\" viewBox=\"0 0 ").raw(width + " " + height).raw("\" data-empty=\"").raw(rows.isEmpty() ? "true" : "false")
                .raw("\" data-bars=\"").raw(String.valueOf(rows.size())).raw("\">");
        if (rows.isEmpty()) {
            h.raw("<text x=\"8\" y=\"20\" class=\"none\">nothing to show</text>");
        }
        int y = 4;
        for (Map.Entry<String, Long> e : rows) {
            double w = max == 0 ? 0 : Math.max(1.5, barW * (double) e.getValue() / max);
            String label = e.getKey();
            h.raw("<g><title>").text(label + ": " + num(e.getValue()) + " (" + pct(e.getValue(), total) + ")"
                    + (tip == null ? "" : tipOf(tip, label))).raw("</title>");
            h.raw("<text class=\"lbl\" x=\"").raw(labelW - 6).raw("\" y=\"").raw(y + 15).raw("\">")
                    .text(ellipsis(label, 28)).raw("</text>");
            h.raw("<rect class=\"bar mark").raw(label.startsWith(OTHER) ? " other" : "").raw("\" x=\"").raw(labelW)
                    .raw("\" y=\"").raw(y + 3).raw("\" width=\"").raw(fmt(w)).raw("\" height=\"").raw(rowH - 6)
                    .raw("\" rx=\"2\"/>");
            h.raw("<text class=\"val\" x=\"").raw(fmt(labelW + w + 5)).raw("\" y=\"").raw(y + 15).raw("\">")
                    .text(num(e.getValue())).raw("</text></g>");
            y += rowH;
        }
        h.raw("</svg></figure>\n");
    }

    private static String tipOf(java.util.function.Function<String, String> tip, String label) {
        String t = tip.apply(label);
        return t == null ? "" : " \u2013 " + t;
    }

    /** Vertical bars along the calendar: one per day (per month past MAX_DAYS days), undated apart. */
    private static void dateChart(Html h, Map<String, Long> publishDates) {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        long undated = 0;
        long unreadable = 0;
        for (Map.Entry<String, Long> e : publishDates.entrySet()) {
            try {
                days.merge(LocalDate.parse(e.getKey()), e.getValue(), Long::sum);
            } catch (DateTimeParseException notADay) {
                if (e.getKey().equals("undated")) {
                    undated += e.getValue();
                } else {
                    unreadable += e.getValue();
                }
            }
        }
        boolean monthly = days.size() > MAX_DAYS;
        Map<String, Long> buckets = new LinkedHashMap<>();
        days.forEach((d, n) -> buckets.merge(monthly ? d.toString().substring(0, 7) : d.toString(), n, Long::sum));
        long max = buckets.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int n = buckets.size();
        int plotW = 520;
        int plotH = 150;
        int left = 40;
        int top = 10;
        double slot = n == 0 ? plotW : (double) plotW / n;
        double barW = Math.max(1, slot * 0.8);
        figure(h, "publish-dates", "Articles per publish date" + (monthly ? " (per month)" : ""),
                num(undated) + " undated (publish_date NULL)" + (unreadable > 0 ? ", " + unreadable + " other" : ""));
        h.raw("<svg class=\"chart vbar\" role=\"img\" aria-label=\"Articles per publish date\" viewBox=\"0 0 ")
                .raw(left + plotW + 10).raw(" ").raw(top + plotH + 40).raw("\" data-empty=\"")
                .raw(n == 0 ? "true" : "false").raw("\" data-bars=\"").raw(n).raw("\">");
        axis(h, left, top, plotW, plotH, max);
        if (n == 0) {
            h.raw("<text x=\"").raw(left + 10).raw("\" y=\"").raw(top + plotH / 2).raw("\" class=\"none\">no dated articles</text>");
        }
        int i = 0;
        int labelEvery = Math.max(1, (int) Math.ceil(n / 8.0));
        for (Map.Entry<String, Long> e : buckets.entrySet()) {
            double x = left + i * slot + (slot - barW) / 2;
            double bh = max == 0 ? 0 : Math.max(1, plotH * (double) e.getValue() / max);
            h.raw("<g><title>").text(e.getKey() + ": " + num(e.getValue()) + " articles").raw("</title>");
            h.raw("<rect class=\"bar mark\" x=\"").raw(fmt(x)).raw("\" y=\"").raw(fmt(top + plotH - bh))
                    .raw("\" width=\"").raw(fmt(barW)).raw("\" height=\"").raw(fmt(bh)).raw("\"/></g>");
            if (i % labelEvery == 0 || i == n - 1) {
                h.raw("<text class=\"tick\" x=\"").raw(fmt(x + barW / 2)).raw("\" y=\"").raw(top + plotH + 14)
                        .raw("\" text-anchor=\"middle\">").text(e.getKey()).raw("</text>");
            }
            i++;
        }
        h.raw("</svg></figure>\n");
    }

    /** Records of the files finished so far, against seconds since the start. */
    private static void progressChart(Html h, RunReport r) {
        List<double[]> pts = r.progress;
        int plotW = 520;
        int plotH = 150;
        int left = 50;
        int top = 10;
        double maxT = Math.max(r.seconds, pts.stream().mapToDouble(p -> p[0]).max().orElse(0));
        double maxN = pts.stream().mapToDouble(p -> p[1]).max().orElse(0);
        figure(h, "progress", "Records done over time", pts.isEmpty() ? "no per-file times in this report"
                : String.format(Locale.ROOT, "%.1f records/s overall; each step is a file finishing",
                r.seconds > 0 ? r.recordsRead / r.seconds : 0));
        h.raw("<svg class=\"chart line\" role=\"img\" aria-label=\"Records done over time\" viewBox=\"0 0 ")
                .raw(left + plotW + 10).raw(" ").raw(top + plotH + 40).raw("\" data-empty=\"")
                .raw(pts.isEmpty() ? "true" : "false").raw("\" data-bars=\"").raw(pts.isEmpty() ? 0 : 1).raw("\">");
        axis(h, left, top, plotW, plotH, (long) maxN);
        if (!pts.isEmpty() && maxT > 0 && maxN > 0) {
            StringBuilder poly = new StringBuilder();
            poly.append(fmt(left)).append(',').append(fmt(top + plotH)).append(' ');
            double lastN = 0;
            for (double[] p : pts) {
                double x = left + plotW * p[0] / maxT;
                poly.append(fmt(x)).append(',').append(fmt(top + plotH - plotH * lastN / maxN)).append(' ');
                poly.append(fmt(x)).append(',').append(fmt(top + plotH - plotH * p[1] / maxN)).append(' ');
                lastN = p[1];
            }
            h.raw("<polyline class=\"mark line\" points=\"").raw(poly.toString().strip()).raw("\"><title>")
                    .text(num((long) maxN) + " records in " + fmt(maxT) + " s").raw("</title></polyline>");
            h.raw("<text class=\"tick\" x=\"").raw(left + plotW).raw("\" y=\"").raw(top + plotH + 14)
                    .raw("\" text-anchor=\"end\">").text(fmt(maxT) + " s").raw("</text>");
            h.raw("<text class=\"tick\" x=\"").raw(left).raw("\" y=\"").raw(top + plotH + 14).raw("\">0 s</text>");
        } else {
            h.raw("<text x=\"").raw(left + 10).raw("\" y=\"").raw(top + plotH / 2).raw("\" class=\"none\">nothing to show</text>");
        }
        h.raw("</svg></figure>\n");
    }

    private static void fileRateChart(Html h, RunReport r) {
        Map<String, Long> rates = new LinkedHashMap<>();
        r.files.stream().filter(f -> r.fileSeconds.containsKey(f.sourceFile()))
                .sorted(Comparator.comparingLong(RunReport.FileLine::records).reversed()).limit(MAX_BARS)
                .forEach(f -> {
                    double s = r.fileSeconds.get(f.sourceFile());
                    rates.put(shortPath(f.sourceFile()), Math.round(s <= 0 ? f.records() * 1000.0 : f.records() / s));
                });
        barChart(h, "file-rates", "Records per second, per input file", rates, null, "rate");
    }

    private static void axis(Html h, int left, int top, int w, int ht, long max) {
        h.raw("<line class=\"axis\" x1=\"").raw(left).raw("\" y1=\"").raw(top + ht).raw("\" x2=\"").raw(left + w)
                .raw("\" y2=\"").raw(top + ht).raw("\"/>");
        h.raw("<line class=\"axis\" x1=\"").raw(left).raw("\" y1=\"").raw(top).raw("\" x2=\"").raw(left)
                .raw("\" y2=\"").raw(top + ht).raw("\"/>");
        h.raw("<text class=\"tick\" x=\"").raw(left - 4).raw("\" y=\"").raw(top + 8).raw("\" text-anchor=\"end\">")
                .text(num(max)).raw("</text>");
        h.raw("<text class=\"tick\" x=\"").raw(left - 4).raw("\" y=\"").raw(top + ht).raw("\" text-anchor=\"end\">0</text>");
    }

    private static void figure(Html h, String id, String title, String note) {
        h.raw("<figure class=\"card\" id=\"").attr(id).raw("\"><h2>").text(title).raw("</h2>");
        if (!note.isEmpty()) {
            h.raw("<p class=\"note\">").text(note).raw("</p>");
        }
    }

    private static void topEntities(Html h, RunReport r) {
        if (r.topEntities.isEmpty()) {
            return;
        }
        h.raw("<section class=\"card wide\" id=\"top-entities\"><h2>Most mentioned (articles naming each)</h2>"
                + "<div class=\"cols\">");
        r.topEntities.forEach((type, names) -> {
            h.raw("<table><thead><tr><th>").text(typeName(type)).raw("</th><th class=\"n\">articles</th></tr></thead><tbody>");
            names.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> h.raw("<tr><td>").text(e.getKey()).raw("</td><td class=\"n\">").text(num(e.getValue()))
                            .raw("</td></tr>"));
            h.raw("</tbody></table>");
        });
        h.raw("</div></section>\n");
    }

    private static void filesTable(Html h, RunReport r) {
        h.raw("<section class=\"card wide\" id=\"files\"><h2>Input files</h2><p class=\"note\">Click a column to sort."
                + "</p><table class=\"sortable\"><thead><tr><th>file</th><th>format</th><th class=\"n\">bytes</th>"
                + "<th class=\"n\">records</th><th class=\"n\">articles</th><th class=\"n\">rejects</th>"
                + "<th class=\"n\">seconds</th><th class=\"n\">records/s</th></tr></thead><tbody>");
        for (RunReport.FileLine f : r.files) {
            Double s = r.fileSeconds.get(f.sourceFile());
            h.raw("<tr").raw(f.balanced() ? "" : " class=\"bad\"").raw("><td title=\"").attr(f.sourceFile()).raw("\">")
                    .text(shortPath(f.sourceFile())).raw("</td><td>").text(nz(f.format())).raw("</td>");
            cell(h, f.bytes(), bytes(f.bytes()));
            cell(h, f.records(), num(f.records()));
            cell(h, f.articles(), num(f.articles()));
            cell(h, f.rejects(), num(f.rejects()));
            cell(h, s == null ? -1 : s, s == null ? "-" : String.format(Locale.ROOT, "%.2f", s));
            double rate = s == null || s <= 0 ? -1 : f.records() / s;
            cell(h, rate, rate < 0 ? "-" : String.format(Locale.ROOT, "%.1f", rate));
            h.raw("</tr>");
        }
        h.raw("</tbody></table></section>\n");
    }

    private static void cell(Html h, double sortKey, String shown) {
        h.raw("<td class=\"n\" data-v=\"").raw(fmt(sortKey)).raw("\">").text(shown).raw("</td>");
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static final String OTHER = "other ";

    /** The largest {@code max - 1} entries, and the rest summed as "other N". */
    static Map<String, Long> withOther(Map<String, Long> data, int max) {
        if (data.size() <= max) {
            return data;
        }
        List<Map.Entry<String, Long>> rows = new ArrayList<>(data.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        long rest = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i < max - 1) {
                out.put(rows.get(i).getKey(), rows.get(i).getValue());
            } else {
                rest += rows.get(i).getValue();
            }
        }
        out.put(OTHER + (rows.size() - (max - 1)), rest);
        return out;
    }

    private static String reasonTip(String reason) {
        try {
            return RejectReason.valueOf(reason).description();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String typeTip(String type) {
        return typeName(type);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "PER" -> "persons";
            case "ORG" -> "organisations";
            case "LOC" -> "places";
            default -> type;
        };
    }

    /** The last two path elements: enough to tell files apart in a chart. */
    static String shortPath(String path) {
        if (path == null) {
            return "";
        }
        String[] parts = path.split("/");
        return parts.length <= 2 ? path : parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }

    private static String ellipsis(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = b;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    /** A string builder that escapes what it is told is text. */
    private static final class Html {
        private final StringBuilder s = new StringBuilder(16_384);

        Html raw(String v) {
            s.append(v);
            return this;
        }

        Html raw(long v) {
            s.append(v);
            return this;
        }

        Html text(String v) {
            if (v == null) {
                return this;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '&' -> s.append("&amp;");
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '"' -> s.append("&quot;");
                    case '\'' -> s.append("&#39;");
                    default -> s.append(c);
                }
            }
            return this;
        }

        Html attr(String v) {
            return text(v);
        }

        @Override
        public String toString() {
            return s.toString();
        }
    }

    private static final String CSS = """
            :root{--ink:#1d2330;--muted:#5d6677;--line:#e3e6ec;--bg:#f6f7f9;--card:#fff;--bar:#3566c8;
            --other:#9aa6bd;--reject:#c8553d;--rate:#2f8f6b;--ok:#2f8f6b;--bad:#c8553d}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",
            Roboto,"Helvetica Neue",Arial,sans-serif}
            header{padding:20px 28px 8px}h1{margin:0;font-size:22px;font-weight:600}
            h1 code{font-size:19px}.sub{margin:4px 0 0;color:var(--muted);font-size:13px;word-break:break-all}
            main{padding:8px 28px 28px}
            .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:8px 0 12px}
            .tile{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
            .tile .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
            .tile .value{font-size:26px;font-weight:600;margin:2px 0}.tile .note{color:var(--muted);font-size:12px}
            .acct{margin:0 0 14px;padding:8px 12px;border-radius:6px;background:var(--card);border:1px solid var(--line)}
            .acct.ok{border-left:4px solid var(--ok)}.acct.bad{border-left:4px solid var(--bad);color:var(--bad)}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:14px}
            .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:0}
            .card.wide{margin-top:14px}.card h2{font-size:15px;margin:0 0 2px;font-weight:600}
            .note{color:var(--muted);font-size:12px;margin:0 0 6px}
            svg.chart{width:100%;height:auto;display:block;margin-top:6px}
            svg text{font-size:12px;fill:var(--ink)}svg .lbl{text-anchor:end}svg .val,svg .tick{fill:var(--muted)}
            svg .none{fill:var(--muted);font-style:italic}
            rect.bar{fill:var(--bar)}rect.bar.other{fill:var(--other)}.reject rect.bar{fill:var(--reject)}
            .rate rect.bar{fill:var(--rate)}g:hover rect.bar{opacity:.8}
            polyline.line{fill:none;stroke:var(--bar);stroke-width:2}line.axis{stroke:var(--line);stroke-width:1}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{color:var(--muted);font-weight:600;white-space:nowrap}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            table.sortable th{cursor:pointer}table.sortable th.sorted::after{content:" \\25BE"}
            tr.bad td{color:var(--bad)}
            .cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:16px}
            footer{color:var(--muted);font-size:12px;padding:0 28px 24px}
            @media print{body{background:#fff}.card,.tile{break-inside:avoid}}
            """;

    /**
     * Sortable tables, then the render check: a mark counts as drawn when the layout gave it a box.
     * The body gets data-charts (charts on the page), data-charts-drawn (charts with every mark drawn,
     * or empty on purpose) and data-marks (marks drawn in all).
     */
    private static final String SCRIPT = """
            (function(){
              document.querySelectorAll('table.sortable').forEach(function(t){
                t.querySelectorAll('th').forEach(function(th,col){
                  th.addEventListener('click',function(){
                    var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),asc=th.dataset.dir!=='asc';
                    rows.sort(function(a,b){var x=a.cells[col],y=b.cells[col];
                      var vx=x.dataset.v!==undefined?parseFloat(x.dataset.v):x.textContent;
                      var vy=y.dataset.v!==undefined?parseFloat(y.dataset.v):y.textContent;
                      return (vx<vy?-1:vx>vy?1:0)*(asc?1:-1);});
                    rows.forEach(function(r){body.appendChild(r);});
                    t.querySelectorAll('th').forEach(function(o){o.classList.remove('sorted');});
                    th.classList.add('sorted');th.dataset.dir=asc?'asc':'desc';
                  });
                });
              });
              var charts=document.querySelectorAll('svg.chart'),drawn=0,marks=0;
              charts.forEach(function(svg){
                var n=0;
                svg.querySelectorAll('.mark').forEach(function(m){var b=m.getBBox();if(b.width>0&&b.height>0)n++;});
                svg.setAttribute('data-drawn',String(n));
                if(n===parseInt(svg.getAttribute('data-bars'),10)&&(n>0||svg.getAttribute('data-empty')==='true'))drawn++;
                marks+=n;
              });
              document.body.setAttribute('data-charts',String(charts.length));
              document.body.setAttribute('data-charts-drawn',String(drawn));
              document.body.setAttribute('data-marks',String(marks));
            })();
            """;
}

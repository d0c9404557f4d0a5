package io.gazette.cli;

import io.gazette.model.Columns;
import io.gazette.model.RejectReason;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the output tables' columns and the reject reasons as Markdown (the README's tables).")
public final class SchemaCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.print(markdown());
        return 0;
    }

    /** The README's schema section, generated from the one definition in {@link Columns}. */
    public static String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("Table `articles` (schema version ").append(Columns.SCHEMA_VERSION).append("):\n\n");
        table(s, Columns.ARTICLE);
        s.append("\nTable `rejects`:\n\n");
        table(s, Columns.REJECT);
        s.append("\nReject reasons:\n\n| reason | meaning |\n|---|---|\n");
        for (RejectReason r : RejectReason.values()) {
            s.append("| `").append(r.name()).append("` | ").append(r.description()).append(" |\n");
        }
        return s.toString();
    }

    private static <T> void table(StringBuilder s, List<Columns.Column<T>> columns) {
        s.append("| column | type | null? | meaning |\n|---|---|---|---|\n");
        boolean runIdDone = false;
        for (Columns.Column<T> c : columns) {
            if (!runIdDone && Columns.ARTICLE_PARTITIONS.contains(c.name())) {
                runId(s);
                runIdDone = true;
            }
            s.append("| `").append(c.name()).append("` | ").append(sqlType(c.type())).append(" | ")
                    .append(c.nullable() ? "yes" : "no").append(" | ").append(c.meaning()).append(" |\n");
        }
        if (!runIdDone) {
            runId(s);
        }
    }

    private static void runId(StringBuilder s) {
        s.append("| `").append(Columns.RUN_ID).append("` | STRING | no | ").append(Columns.RUN_ID_MEANING)
                .append(" |\n");
    }

    private static String sqlType(Columns.Type t) {
        return switch (t) {
            case STRING_ARRAY -> "ARRAY<STRING>";
            case ENTITY_ARRAY -> "ARRAY<STRUCT<name STRING, type STRING, mentions INT, first_offset INT>>";
            case INT -> "INT";
            case LONG -> "BIGINT";
            default -> t.name();
        };
    }
}

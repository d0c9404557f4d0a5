package io.gazette.cli;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.extract.outlet.ArticleIds;
import io.gazette.io.InputChecks;
import io.gazette.io.PageReader;
import io.gazette.io.PageReaders;
import io.gazette.model.RawPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show what Gazette makes of one page: the article's fields, the date and where it came "
                + "from, the entities and the kept text; or why the page was rejected. Runs the same pipeline "
                + "as run and extract, without Spark.",
                "A dump with several records (WARC, JSON Lines) is listed, one line per record; pick one with "
                        + "--record, --offset or --url."})
public final class InspectCommand implements Callable<Integer> {

    /** Records listed when a dump is given without a choice; the rest are counted. */
    static final int LIST_LIMIT = 200;

    @Parameters(index = "0", paramLabel = "<file>",
            description = "A page file (.html, .htm, .txt, also gzipped) or a dump (.warc, .warc.gz, .jsonl, "
                    + ".jsonl.gz).")
    Path file;

    @Option(names = "--record", paramLabel = "<n>",
            description = "The n-th record of the file, 1 for the first (the numbers of the listing).")
    Long record;

    @Option(names = "--offset", paramLabel = "<offset>",
            description = "The record at this source_offset, as the tables give it (byte offset in a WARC, "
                    + "line number in JSON Lines).")
    Long offset;

    @Option(names = "--url", paramLabel = "<url>",
            description = "The record with this URL (compared without scheme, www., trailing slash and "
                    + "tracking parameters).")
    String url;

    @Option(names = "--explain",
            description = "Also show each step (time, what it found, where the page was rejected) and the "
                    + "page's blocks: which the text kept, which it dropped, and why when the text step says.")
    boolean explain;

    @Option(names = "--json",
            description = "One JSON object: the line extract writes for this record, plus \"record\" (and "
                    + "\"explain\" with --explain).")
    boolean json;

    @Option(names = "--width", defaultValue = "100", paramLabel = "<columns>",
            description = "Wrap the text at this many columns (default: ${DEFAULT-VALUE}).")
    int width;

    @Mixin
    ConfOptions conf;

    @Override
    public Integer call() throws IOException {
        int choices = (record != null ? 1 : 0) + (offset != null ? 1 : 0) + (url != null ? 1 : 0);
        if (choices > 1) {
            throw new IllegalArgumentException("give one of --record, --offset and --url, not several");
        }
        if (record != null && record < 1) {
            throw new IllegalArgumentException("--record counts from 1 (the first record of the file)");
        }
        InputChecks.readableFile(file);
        GazetteOptions options = conf.gazetteOptions();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        RawPage chosen = null;
        long chosenNumber = 0;
        long n = 0;
        String wantedUrl = url == null ? null : ArticleIds.normaliseUrl(url);
        RawPage first = null;
        try (InputStream in = Files.newInputStream(file);
             PageReader reader = PageReaders.open(in, file.toString(), options.input())) {
            while (reader.hasNext()) {
                RawPage p = reader.next();
                n++;
                if (choices == 0) {
                    if (n == 1) {
                        first = p;
                        continue;
                    }
                    if (n == 2) {
                        out.println(file + " holds several records; pick one with --record N, --offset O or --url U:");
                        out.println(String.format(Locale.ROOT, "%6s  %12s  %s", "record", "offset", "url"));
                        listLine(out, 1, first);
                    }
                    if (n <= LIST_LIMIT) {
                        listLine(out, n, p);
                    }
                    continue;
                }
                boolean urlMatch = wantedUrl != null && p.url() != null
                        && wantedUrl.equals(ArticleIds.normaliseUrl(p.url()));
                if (urlMatch && p.isSkipped()) {
                    // a WARC holds request and metadata records under the page's URL too: prefer the page
                    if (chosen == null) {
                        chosen = p;
                        chosenNumber = n;
                    }
                    continue;
                }
                if ((record != null && n == record) || (offset != null && p.sourceOffset() == offset) || urlMatch) {
                    chosen = p;
                    chosenNumber = n;
                    break;
                }
            }
        }
        if (choices == 0) {
            if (n == 0) {
                throw new IllegalArgumentException(file + " holds no records Gazette can read (empty, or not "
                        + "a WARC, JSON Lines, HTML or text file)");
            }
            if (n > 1) {
                if (n > LIST_LIMIT) {
                    out.println(String.format(Locale.ROOT, "... and %d more (%d records)", n - LIST_LIMIT, n));
                }
                return 0;
            }
            chosen = first;
            chosenNumber = 1;
        }
        if (chosen == null) {
            String which = record != null ? "no record " + record : offset != null ? "no record at offset " + offset
                    : "no record with URL " + url;
            throw new IllegalArgumentException(which + " in " + file + " (it holds " + n + " records; run inspect "
                    + "without --record/--offset/--url to list them)");
        }

        Inspection inspection = Inspection.of(new Pipeline(options), options, chosen, chosenNumber);
        out.print(json ? InspectView.json(inspection, explain) + "\n" : InspectView.text(inspection, explain, width));
        out.flush();
        return 0;
    }

    private static void listLine(PrintStream out, long n, RawPage p) {
        out.println(String.format(Locale.ROOT, "%6d  %12d  %s%s", n, p.sourceOffset(),
                p.url() == null ? "(no URL)" : p.url(), p.isSkipped() ? "  [" + p.skip() + "]" : ""));
    }
}

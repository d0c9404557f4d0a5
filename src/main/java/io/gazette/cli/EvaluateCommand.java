package io.gazette.cli;

import io.gazette.config.GazetteOptions;
import io.gazette.eval.EvalSet;
import io.gazette.eval.Evaluator;
import io.gazette.eval.PageEvaluation;
import io.gazette.eval.SetReport;
import io.gazette.extract.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code evaluate}: runs the pure pipeline over labelled page sets and prints the metrics their
 * README files define (main-text shingle P/R/F1, title exact match and token F1, author F1),
 * computed in Java exactly as ../shared/tools/score_*.py compute them.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the extraction pipeline on labelled page sets.",
                "Without --gold: every set found under --eval-dir (a folder holding ground-truth.json + html/, "
                        + "gold.jsonl + pages/ [+ ground-truth-text.json], or gold.json + pages/).",
                "With --gold and --pages: that one set."})
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--eval-dir", paramLabel = "DIR",
            description = "Folder of evaluation sets (default: $GAZETTE_EVAL_DIR, else ../shared/eval or "
                    + "../../shared/eval from the working directory).")
    Path evalDir;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Gold file of one set: ground-truth.json, gold.jsonl or gold.json.")
    Path gold;

    @Option(names = "--pages", paramLabel = "DIR",
            description = "Page folder of that set (<id>.html[.gz]); default: html/ or pages/ beside the gold file.")
    Path pages;

    @Option(names = "--set", paramLabel = "NAME", split = ",",
            description = "Only these sets (folder names under --eval-dir), e.g. --set article-extraction,metadata.")
    List<String> only;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = {"Write predictions for the reference scorers: main text as FILE ({id: {articleBody}}, "
                    + "for score_extraction.py) and metadata as FILE with .jsonl (for score_metadata.py).",
                    "With several sets, the set name is added: out.json -> out-<set>.json."})
    Path predictions;

    @Option(names = "--per-page", paramLabel = "FILE",
            description = "Write a per-page TSV (scores, predicted and gold values); set name added as for --predictions.")
    Path perPage;

    @Option(names = "--config-file", paramLabel = "FILE", description = "Settings that override the packaged defaults.")
    File configFile;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Override one setting.")
    Map<String, String> conf = new LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Extra per-set evaluations, e.g. the publication-date table (io.gazette.eval.DateEvaluation):
     * register a factory here; it returns null for sets it has nothing to say about.
     */
    static final List<Function<EvalSet, PageEvaluation>> EXTRA_EVALUATIONS = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out, true);
        List<EvalSet> sets = new ArrayList<>();
        if (gold != null) {
            sets.add(EvalSet.load(setName(gold), gold, pages));
        } else {
            Path dir = evalDir != null ? evalDir : defaultEvalDir();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no evaluation folder: give --eval-dir, or --gold and --pages");
            }
            for (EvalSet s : EvalSet.discover(dir)) {
                if (only == null || only.contains(s.name())) {
                    sets.add(s);
                }
            }
        }
        Evaluator evaluator = new Evaluator(new Pipeline(GazetteOptions.load(configFile, conf)));
        for (EvalSet set : sets) {
            List<PageEvaluation> extra = new ArrayList<>();
            for (var f : EXTRA_EVALUATIONS) {
                PageEvaluation e = f.apply(set);
                if (e != null) {
                    extra.add(e);
                }
            }
            SetReport report = evaluator.run(set, extra);
            out.print(report.format());
            out.println();
            out.flush();
            boolean several = sets.size() > 1;
            if (predictions != null) {
                if (set.hasText()) {
                    report.writeTextPredictions(named(predictions, set, several, ".json"));
                }
                if (set.hasTitles() || set.hasAuthors() || set.hasDates()) {
                    report.writeMetadataPredictions(named(predictions, set, several, ".jsonl"));
                }
            }
            if (perPage != null) {
                report.writePerPage(named(perPage, set, several, ".tsv"));
            }
        }
        return 0;
    }

    static Path defaultEvalDir() {
        // a checkout next to shared/ (../shared/eval) or a worktree one level deeper (../../shared/eval)
        for (String p : new String[]{System.getenv("GAZETTE_EVAL_DIR"), "../shared/eval", "../../shared/eval"}) {
            if (p != null && Files.isDirectory(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    private static String setName(Path gold) {
        Path parent = gold.toAbsolutePath().getParent();
        return parent == null ? gold.getFileName().toString() : parent.getFileName().toString();
    }

    /** out.json -> out.json / out.jsonl, or out-<set>.json / out-<set>.jsonl when several sets run. */
    static Path named(Path base, EvalSet set, boolean several, String ext) {
        String name = base.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String file = stem + (several ? "-" + set.name() : "") + ext;
        return base.resolveSibling(file);
    }

    /** Runs the command on its own (the packaged CLI registers it as a subcommand of gazette). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateCommand()).execute(args));
    }
}

package io.gazette.cli;

import io.gazette.config.GazetteOptions;
import io.gazette.eval.DateEvaluation;
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
        subcommands = {EvaluateCommand.Entities.class},
        description = {"Score the extraction pipeline on labelled page sets.",
                "Without --gold: every set found under --eval-dir (a folder holding ground-truth.json + html/, "
                        + "gold.jsonl + pages/ [+ ground-truth-text.json], or gold.json + pages/).",
                "With --gold and --pages: that one set.",
                "Sets named dates and metadata also get the publication-date table (day accuracy, htmldate-style "
                        + "P/R/F1). Entities are off here unless --conf entities=on; `evaluate entities` scores them."})
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
        Path dir = gold != null ? null : evalDir != null ? evalDir : defaultEvalDir();
        if (gold != null) {
            sets.add(EvalSet.load(setName(gold), gold, pages));
        } else {
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
        Map<String, String> settings = new LinkedHashMap<>(conf);
        settings.putIfAbsent("entities.enabled", "false"); // not scored here, and the slowest step
        Pipeline pipeline = new Pipeline(GazetteOptions.load(configFile, settings));
        Evaluator evaluator = new Evaluator(pipeline);
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
        for (String name : List.of("dates", "metadata")) {
            Path setDir = dir == null ? null : dir.resolve(name);
            if (setDir != null && Files.isDirectory(setDir) && (only == null || only.contains(name))) {
                DateEvaluation.Report r = name.equals("dates") ? DateEvaluation.evaluateDates(setDir, pipeline)
                        : DateEvaluation.evaluateMetadata(setDir, pipeline);
                out.println("publication dates, " + name + " (day accuracy; htmldate-style P/R/F1; see "
                        + "io.gazette.eval.DateEvaluation):");
                out.println(r);
                out.flush();
                if (predictions != null) {
                    DateEvaluation.writePredictions(r, predictions.resolveSibling(
                            stem(predictions) + "-dates-" + name + ".jsonl"));
                }
            }
        }
        return 0;
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code evaluate entities}: the recogniser on CoNLL text, exact-span P/R/F1 per type. */
    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = {"Run the entity recogniser on CoNLL-format text (token per line, first column the "
                    + "token, last the gold IOB tag, -DOCSTART- lines between documents) and print exact-span "
                    + "precision, recall and F1 for PER, ORG, LOC (as ../shared/tools/score_ner.py).",
                    "Default file: <eval dir>/ner/conll2003-dev.txt."})
    static final class Entities implements Callable<Integer> {
        @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL file with gold tags.")
        Path conll;

        @Option(names = "--predictions", paramLabel = "FILE",
                description = "Write the predictions in the same format (token and predicted tag per line).")
        Path predictions;

        @Option(names = "--model", paramLabel = "RESOURCE|FILE",
                description = "Serialised CoreNLP CRFClassifier (default: the packaged 3-class model).")
        String model = io.gazette.extract.entity.CoreNlpRecognizer.DEFAULT_MODEL;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path file = conll;
            if (file == null) {
                Path dir = defaultEvalDir();
                file = dir == null ? null : dir.resolve("ner/conll2003-dev.txt");
            }
            if (file == null || !Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no CoNLL file: give --conll FILE (" + (file == null ? "no eval folder found" : file + " missing") + ")");
            }
            PrintWriter out = spec.commandLine().getOut();
            long start = System.nanoTime();
            var recognizer = io.gazette.extract.entity.CoreNlpRecognizer.shared(model);
            out.printf(java.util.Locale.ROOT, "model %s loaded in %d ms%n", model, (System.nanoTime() - start) / 1_000_000);
            long t = System.nanoTime();
            var result = io.gazette.extract.entity.ConllEvaluator.evaluate(recognizer, file, predictions);
            out.print(result.report());
            out.printf(java.util.Locale.ROOT, "tagged in %.1f s (one thread, cold JIT)%n", (System.nanoTime() - t) / 1e9);
            out.flush();
            return 0;
        }
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

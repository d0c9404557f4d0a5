package io.gazette.cli;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.io.DumpFiles;
import io.gazette.io.InputChecks;
import io.gazette.io.PageReader;
import io.gazette.io.PageReaders;
import io.gazette.model.Article;
import io.gazette.model.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the extraction pipeline without Spark: one JSON line per input record, with the "
                + "article's columns or the reject reason. For debugging and evaluation."})
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "<path>",
            description = "A dump file or a folder of dumps (searched recursively).")
    Path input;

    @Option(names = "--output", defaultValue = "-", paramLabel = "<file.jsonl>",
            description = "Where to write the JSON lines; - for standard output (default).")
    String output;

    @Mixin
    ConfOptions conf;

    @Override
    public Integer call() throws IOException {
        InputChecks.readableFileOrFolder(input);
        GazetteOptions options = conf.gazetteOptions();
        Pipeline pipeline = new Pipeline(options);
        long articles = 0;
        long rejects = 0;
        boolean stdout = output.equals("-");
        try (Writer w = stdout ? new OutputStreamWriter(new PrintStream(System.out, false, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8) : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
            for (Path file : files(input)) {
                try (InputStream in = Files.newInputStream(file);
                     PageReader reader = PageReaders.open(in, file.toString(), options.input())) {
                    while (reader.hasNext()) {
                        Outcome o = pipeline.process(reader.next());
                        if (o instanceof Article) {
                            articles++;
                        } else {
                            rejects++;
                        }
                        w.write(OutcomeJson.toJson(o));
                        w.write('\n');
                    }
                }
            }
            w.flush();
        }
        System.err.printf("extract: %d articles, %d rejects%s%n", articles, rejects,
                stdout ? "" : " -> " + output);
        return 0;
    }

    /** The file itself, or the dump files below a folder, in a stable order. */
    static List<Path> files(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(input, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(input) && DumpFiles.isHiddenFolder(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (DumpFiles.isDumpName(file.getFileName().toString())) {
                    out.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }
}

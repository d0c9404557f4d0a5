package io.gazette.extract.lang;

import io.gazette.config.GazetteOptions;
import io.gazette.eval.EvalCase;
import io.gazette.eval.EvalSet;
import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/** Development aid, not a test: text-only language guess against the page's declared language. */
public final class CheckLanguage {
    public static void main(String[] args) throws Exception {
        Pipeline p = new Pipeline(GazetteOptions.defaults());
        Map<String, int[]> byDecl = new TreeMap<>();
        int agree = 0, disagree = 0, none = 0;
        for (EvalSet set : EvalSet.discover(Path.of(args[0]))) {
            if (!set.name().equals("metadata") && !set.name().equals("dates")) {
                continue;
            }
            for (EvalCase c : set.cases()) {
                byte[] b;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(c.page()))) {
                    b = in.readAllBytes();
                }
                PageWork w = p.trace(RawPage.builder("x", 0, InputFormat.HTML).url(c.url()).body(b).build());
                String decl = LanguageGuesser.normalise(w.meta.htmlLang());
                String guess = LanguageGuesser.fromText(w.text);
                if (decl == null) {
                    continue;
                }
                int[] k = byDecl.computeIfAbsent(decl, x -> new int[3]);
                if (guess == null) {
                    none++;
                    k[2]++;
                } else if (guess.equals(decl)) {
                    agree++;
                    k[0]++;
                } else {
                    disagree++;
                    k[1]++;
                    if (args.length > 1) {
                        System.out.println(c.id() + " declared " + decl + " guessed " + guess + " | "
                                + (w.text == null ? "" : w.text.substring(0, Math.min(100, w.text.length())).replace('\n', ' ')));
                    }
                }
            }
        }
        System.out.printf("agree %d disagree %d no-guess %d%n", agree, disagree, none);
        byDecl.forEach((k, v) -> System.out.printf("  %s agree %d disagree %d none %d%n", k, v[0], v[1], v[2]));
    }
}

package io.gazette.eval;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.extract.Step;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Development aid, not a test: time per pipeline step over a set, after one warm-up pass. */
public final class TimeSteps {
    public static void main(String[] args) throws Exception {
        EvalSet set = EvalSet.discover(Path.of(args[0])).stream().filter(s -> s.name().equals(args[1])).findFirst()
                .orElseThrow();
        Pipeline p = new Pipeline(GazetteOptions.defaults());
        List<byte[]> bodies = new java.util.ArrayList<>();
        for (EvalCase c : set.cases()) {
            bodies.add(Evaluator.read(c.page()));
        }
        for (int round = 0; round < 2; round++) {
            Map<String, Long> t = new LinkedHashMap<>();
            for (int i = 0; i < bodies.size(); i++) {
                EvalCase c = set.cases().get(i);
                var raw = io.gazette.model.RawPage.builder("x", 0, io.gazette.model.InputFormat.HTML).url(c.url())
                        .body(bodies.get(i)).build();
                PageWork w = new PageWork(raw, GazetteOptions.defaults());
                for (Step s : p.steps()) {
                    long t0 = System.nanoTime();
                    s.apply(w);
                    t.merge(s.name(), System.nanoTime() - t0, Long::sum);
                    if (w.isRejected()) {
                        break;
                    }
                }
            }
            long total = t.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("round %d: %.1f ms/page total%n", round, total / 1e6 / bodies.size());
            t.forEach((k, v) -> System.out.printf("  %-10s %6.2f ms/page%n", k, v / 1e6 / bodies.size()));
        }
    }
}

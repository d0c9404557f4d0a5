package io.gazette.bench;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.extract.Step;
import io.gazette.model.RawPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One step of the pipeline alone, in pages/s per thread. For each page the steps before the one
 * measured run once at set-up; each operation copies that page's partial result and applies the
 * step under test. Pages an earlier step rejected are left out (their count is printed).
 *
 * <p>The stage is a step name of {@link Pipeline#steps()}, so a step added there later (the entity
 * step) is measured with {@code -p stage=<its name>} and needs no change here. A step that changes
 * the DOM would see its own changes on the next round: set-up checks that, and such a step is
 * timed on a fresh clone of the DOM each time (the clone's cost is then included, and printed).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class StageBench {

    @State(Scope.Thread)
    public static class Stage {
        @Param({"decode", "parse", "metadata", "main-text", "date", "language"})
        public String stage;

        @Param({"article-extraction"})
        public String set;

        Step step;
        List<PageWork> before;
        boolean cloneDom;
        int next;

        @Setup
        public void prepare() {
            GazetteOptions options = GazetteOptions.defaults();
            List<Step> steps = new Pipeline(options).steps();
            int at = -1;
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).name().equals(stage)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new IllegalArgumentException("no pipeline step '" + stage + "'; the steps are "
                        + steps.stream().map(Step::name).toList());
            }
            step = steps.get(at);
            List<RawPage> pages = EvalPages.load(set);
            before = new ArrayList<>();
            for (RawPage raw : pages) {
                PageWork w = new PageWork(raw, options);
                for (int i = 0; i < at && !w.isRejected(); i++) {
                    steps.get(i).apply(w);
                }
                if (!w.isRejected()) {
                    before.add(w);
                }
            }
            for (PageWork w : before) {
                if (w.doc != null) {
                    String dom = w.doc.outerHtml();
                    step.apply(copy(w));
                    if (!dom.equals(w.doc.outerHtml())) {
                        cloneDom = true;
                        break;
                    }
                }
            }
            System.out.printf("%nstage %s: %d of %d pages reach it%s%n", stage, before.size(), pages.size(),
                    cloneDom ? "; it changes the DOM, so each operation includes a DOM clone" : "");
        }

        PageWork take() {
            PageWork w = before.get(next);
            next = next + 1 == before.size() ? 0 : next + 1;
            PageWork c = copy(w);
            if (cloneDom && w.doc != null) {
                c.doc = w.doc.clone();
            }
            return c;
        }
    }

    private static final Field[] FIELDS = Arrays.stream(PageWork.class.getFields())
            .filter(f -> !Modifier.isFinal(f.getModifiers()) && !Modifier.isStatic(f.getModifiers()))
            .toArray(Field[]::new);

    /** A new work area holding what the earlier steps found (shallow: the DOM is shared). */
    static PageWork copy(PageWork w) {
        PageWork c = new PageWork(w.raw, w.options);
        try {
            for (Field f : FIELDS) {
                f.set(c, f.get(w));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    @Benchmark
    public PageWork step(Stage s) {
        PageWork w = s.take();
        s.step.apply(w);
        return w;
    }
}

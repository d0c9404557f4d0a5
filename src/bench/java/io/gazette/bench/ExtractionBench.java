package io.gazette.bench;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.io.TextDecoder;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline against readability4j over the same real pages, in the same run, so that the
 * ratio holds on a noisy machine. One operation is one page (the pages are taken in turn), so the
 * score is pages/s per thread.
 *
 * <p>{@link #interleaved} is the ratio that holds on a shared machine: each operation runs both
 * extractors on the same page, one right after the other (order alternating), and adds up the
 * time of each, so a burst of load from elsewhere falls on both alike. jobs/bench-jmh prints the
 * ratio from its counters.
 *
 * <p>Gazette starts from the stored bytes (charset cascade included); readability4j is handed the
 * page already decoded by our decoder, which favours it slightly.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ExtractionBench {

    @State(Scope.Thread)
    public static class Pages {
        /** article-extraction, metadata or dates (folders of ../shared/eval). */
        @Param({"article-extraction"})
        public String set;

        List<RawPage> raws;
        String[] html;
        Pipeline pipeline;
        int next;

        @Setup
        public void load() {
            raws = EvalPages.load(set);
            html = new String[raws.size()];
            for (int i = 0; i < html.length; i++) {
                RawPage r = raws.get(i);
                html[i] = TextDecoder.decode(r.body(), r.contentType()).text();
            }
            pipeline = new Pipeline(GazetteOptions.defaults());
            // A reference that silently failed (say on a jsoup it was not built for) would look fast.
            int ours = 0, theirs = 0;
            for (int i = 0; i < html.length; i++) {
                if (pipeline.process(raws.get(i)) instanceof io.gazette.model.Article) {
                    ours++;
                }
                String text = new Readability4J(raws.get(i).url(), html[i]).parse().getTextContent();
                if (text != null && text.strip().length() >= 200) {
                    theirs++;
                }
            }
            System.out.printf("%n%d pages of %s: Gazette keeps %d as articles, readability4j finds >= 200 chars of text on %d%n",
                    html.length, set, ours, theirs);
        }

        int take() {
            int i = next;
            next = i + 1 == raws.size() ? 0 : i + 1;
            return i;
        }
    }

    /** Nanoseconds spent in each extractor during one iteration of {@link #interleaved}. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Clock {
        public long gazetteNanos;
        public long readability4jNanos;
        boolean gazetteFirst;

        @Setup(Level.Iteration)
        public void clear() {
            gazetteNanos = 0;
            readability4jNanos = 0;
        }
    }

    @Benchmark
    public void interleaved(Pages p, Clock c, Blackhole bh) {
        int i = p.take();
        c.gazetteFirst = !c.gazetteFirst;
        if (c.gazetteFirst) {
            c.gazetteNanos += timeGazette(p, i, bh);
            c.readability4jNanos += timeReadability4j(p, i, bh);
        } else {
            c.readability4jNanos += timeReadability4j(p, i, bh);
            c.gazetteNanos += timeGazette(p, i, bh);
        }
    }

    private static long timeGazette(Pages p, int i, Blackhole bh) {
        long t = System.nanoTime();
        bh.consume(p.pipeline.process(p.raws.get(i)));
        return System.nanoTime() - t;
    }

    private static long timeReadability4j(Pages p, int i, Blackhole bh) {
        long t = System.nanoTime();
        bh.consume(new Readability4J(p.raws.get(i).url(), p.html[i]).parse());
        return System.nanoTime() - t;
    }

    /** Bytes to Article or Reject: every step of {@link Pipeline} (entities too, once the step is in it). */
    @Benchmark
    public Outcome gazettePipeline(Pages p) {
        return p.pipeline.process(p.raws.get(p.take()));
    }

    /** The reference: readability4j 1.0.8 (Mozilla Readability ported to the JVM), decoded HTML in. */
    @Benchmark
    public Article readability4j(Pages p) {
        int i = p.take();
        return new Readability4J(p.raws.get(i).url(), p.html[i]).parse();
    }
}

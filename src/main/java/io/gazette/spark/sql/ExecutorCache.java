package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The heavy objects behind the SQL functions, built lazily on first use in each executor JVM and
 * reused by every row and every task after it, keyed by the options the function object carried
 * there (never by driver-side static state, which executors do not see).
 *
 * <p>A {@link Pipeline} is meant to be used by one thread at a time, so each task thread gets its
 * own, once (executors reuse their task threads); what makes a pipeline heavy (the public suffix
 * list, language profiles, entity models) is already shared by the whole JVM. An entity tagger is
 * thread-safe by contract and built once per JVM.
 */
final class ExecutorCache {
    private ExecutorCache() {
    }

    private static final ConcurrentMap<GazetteOptions, ThreadLocal<Pipeline>> PIPELINES = new ConcurrentHashMap<>();
    /** Key: factory class and options. */
    private static final ConcurrentMap<List<Object>, EntityTagger> TAGGERS = new ConcurrentHashMap<>();

    /** This thread's pipeline for these options. Callers keep the ThreadLocal to skip the map lookup. */
    static ThreadLocal<Pipeline> pipelines(GazetteOptions options) {
        return PIPELINES.computeIfAbsent(options, o -> ThreadLocal.withInitial(() -> new Pipeline(o)));
    }

    /** The JVM's tagger for these options. */
    static EntityTagger tagger(EntityTagger.Factory factory, GazetteOptions options) {
        return TAGGERS.computeIfAbsent(List.of(factory.getClass().getName(), options), k -> factory.create(options));
    }
}

package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.entity.EntityAnalyzer;
import io.gazette.model.Entity;
import io.gazette.model.EntityResult;
import io.gazette.model.EntityStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The entity step as an {@link EntityTagger}: {@code EntityAnalyzer.create(options.entities())
 * .analyze(text, language)}, the same call the pipeline makes. Its CRF model is loaded once per
 * JVM on first use, and never when {@code entities = off}.
 */
final class EntityTaggers {
    private EntityTaggers() {
    }

    static final EntityTagger.Factory ANALYZER = EntityTaggers::analyzer;

    private static EntityTagger analyzer(GazetteOptions options) {
        EntityAnalyzer analyzer = EntityAnalyzer.create(options.entities());
        return (text, language) -> tagged(analyzer.analyze(text, language));
    }

    /** Skipped texts (other languages, entities off) give no entities; a failure gives null. */
    static List<EntityTagger.Tagged> tagged(EntityResult r) {
        if (r.status() == EntityStatus.FAILED) {
            return null;
        }
        List<EntityTagger.Tagged> out = new ArrayList<>(r.entities().size());
        for (Entity e : r.entities()) {
            out.add(new EntityTagger.Tagged(e.name(), e.type().name(), e.mentions(), e.firstOffset()));
        }
        return out;
    }
}

package io.gazette.extract;

import io.gazette.extract.entity.EntityAnalyzer;

/**
 * Persons, organisations and places in the article text (English only for now; other languages
 * get no entities and a status saying why), with countries, dateline, agency credits and handles.
 * The CRF model behind it is loaded once per JVM, on first use, and never when entities are off.
 */
public final class EntityStep implements Step {
    private final EntityAnalyzer analyzer;

    public EntityStep(EntityAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void apply(PageWork w) {
        w.entities = analyzer.analyze(w.text, w.language);
    }
}

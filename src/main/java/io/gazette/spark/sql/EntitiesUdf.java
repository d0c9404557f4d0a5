package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.lang.LanguageGuesser;
import org.apache.spark.sql.api.java.UDF2;

import java.util.List;
import java.util.Objects;

/**
 * {@code gazette_entities(text [, language])}: the article's distinct persons, organisations and
 * places. Without a language (or with NULL) the language is guessed from the text with the
 * pipeline's own guesser. Null text gives null; text the model does not cover gives an empty array;
 * a text the tagger failed on gives null.
 */
public final class EntitiesUdf implements UDF2<Object, Object, Object[]> {
    private final GazetteOptions options;
    private final EntityTagger.Factory factory;
    private transient EntityTagger tagger;
    private transient LanguageGuesser languages;

    public EntitiesUdf() {
        this(GazetteOptions.defaults());
    }

    public EntitiesUdf(GazetteOptions options) {
        this(options, EntityTaggers.ANALYZER);
    }

    EntitiesUdf(GazetteOptions options, EntityTagger.Factory factory) {
        this.options = Objects.requireNonNull(options, "options");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public Object[] call(Object text, Object language) {
        if (text == null) {
            return null;
        }
        String t = text.toString();
        String lang = language == null ? guess(t) : LanguageGuesser.normalise(language.toString());
        List<EntityTagger.Tagged> found = tagger().tag(t, lang);
        return found == null ? null : ResultTypes.entities(found);
    }

    private String guess(String text) {
        if (languages == null) {
            languages = new LanguageGuesser();
        }
        // the whole text, as the batch job's language step reads it
        return languages.guess(text, null);
    }

    private EntityTagger tagger() {
        if (tagger == null) {
            tagger = ExecutorCache.tagger(factory, options);
        }
        return tagger;
    }
}

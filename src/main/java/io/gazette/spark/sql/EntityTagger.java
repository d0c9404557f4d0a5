package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;

import java.io.Serializable;
import java.util.List;

/**
 * What {@code gazette_entities} needs from the entity step, and nothing more: text and language in,
 * the article's distinct entities out. {@link EntityTaggers#ANALYZER} is the entity step
 * ({@code EntityAnalyzer#analyze(String, String)}, the one pure entry point); tests put a stand-in
 * behind the same seam.
 *
 * <p>Implementations are shared by the task threads of an executor and must be thread-safe.
 */
public interface EntityTagger {

    /**
     * @param text     plain text; offsets point into it
     * @param language ISO 639-1 code, or null when unknown
     * @return distinct entities in order of first mention; empty when the text is not tagged (a
     *         language the model does not cover, blank text); null when tagging failed on this text
     */
    List<Tagged> tag(String text, String language);

    /** One distinct entity: the fullest name, PER/ORG/LOC, how often it is named, where first. */
    record Tagged(String name, String type, int mentions, int firstOffset) implements Serializable {
    }

    /** Makes the tagger for a set of options, once per executor JVM (see {@link EntityTaggers}). */
    interface Factory extends Serializable {
        /** @return the tagger; built once per executor JVM and options */
        EntityTagger create(GazetteOptions options);
    }
}

package io.gazette.extract.entity;

import java.util.List;

/**
 * Finds person, organisation and place names in plain text. The one seam between Gazette and a
 * tagging library (CoreNLP is GPL-3: everything outside this package sees only this interface).
 *
 * <p>Implementations are shared by the threads of an executor, so {@link #recognize} must be
 * safe to call concurrently.
 */
public interface EntityRecognizer {

    /** Mentions in text order, with char offsets into {@code text}; never null. */
    List<EntityMention> recognize(String text);
}

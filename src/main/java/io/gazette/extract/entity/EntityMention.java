package io.gazette.extract.entity;

import io.gazette.model.EntityType;

/**
 * One span of text a recogniser labelled, before any clean-up or merging.
 *
 * @param type  entity class
 * @param begin char offset of the first character in the text handed to the recogniser
 * @param end   char offset after the last character
 * @param text  {@code text.substring(begin, end)}
 */
public record EntityMention(EntityType type, int begin, int end, String text) {

    public EntityMention {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }
}

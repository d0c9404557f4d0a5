package io.gazette.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One distinct named entity of an article.
 *
 * @param name        the fullest form the article uses, without titles ("Rajnath Singh", not
 *                    "Defence Minister Rajnath Singh" or "Singh")
 * @param type        person, organisation or place
 * @param mentions    how many times the article names it, in any form (partial names count)
 * @param firstOffset char offset in the article text of its first mention in any form; it can
 *                    point at a partial form ("Singh") when that comes before the full name
 */
public record Entity(String name, EntityType type, int mentions, int firstOffset) implements Serializable {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (mentions < 1 || firstOffset < 0) {
            throw new IllegalArgumentException("mentions >= 1 and firstOffset >= 0 expected: " + mentions + ", " + firstOffset);
        }
    }
}

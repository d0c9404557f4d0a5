package io.gazette.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Everything the entity step says about one article.
 *
 * @param status    whether the article was tagged, and why not
 * @param entities  distinct persons, organisations and places, in order of first mention
 * @param countries ISO 3166-1 alpha-2 codes of the countries the article names, by place name
 *                  ("Japan"), short form ("US") or nationality word ("Japanese"), in order of first mention
 * @param dateline  the place of the dateline that opens the story ("TOKYO (Reuters) -" gives
 *                  "Tokyo"), or null
 * @param agencies  news agencies credited for the story (dateline, "(With PTI inputs)", a closing
 *                  "- AFP"), canonical short names, in order of first credit
 * @param handles   social media handles named in the text, with the "@", in order of first mention
 * @param truncated true when only the first part of a very long text was tagged
 */
public record EntityResult(EntityStatus status, List<Entity> entities, List<String> countries, String dateline,
                           List<String> agencies, List<String> handles, boolean truncated) implements Serializable {

    public EntityResult {
        Objects.requireNonNull(status, "status");
        entities = List.copyOf(entities);
        countries = List.copyOf(countries);
        agencies = List.copyOf(agencies);
        handles = List.copyOf(handles);
    }

    /** No entities, for an article that was not tagged. */
    public static EntityResult skipped(EntityStatus status) {
        return new EntityResult(status, List.of(), List.of(), null, List.of(), List.of(), false);
    }

    /** Names of the persons, for the flat {@code persons} column. */
    public List<String> persons() {
        return names(EntityType.PER);
    }

    /** Names of the organisations, for the flat {@code organizations} column. */
    public List<String> organizations() {
        return names(EntityType.ORG);
    }

    /** Names of the places, for the flat {@code locations} column. */
    public List<String> locations() {
        return names(EntityType.LOC);
    }

    private List<String> names(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }
}

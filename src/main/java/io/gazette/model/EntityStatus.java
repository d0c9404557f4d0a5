package io.gazette.model;

/**
 * Whether the entity step tagged an article, and if not, why. A fixed vocabulary so that the
 * run report can count articles per status.
 */
public enum EntityStatus {
    TAGGED("tagged"),
    /** entities = off in the options. */
    DISABLED("disabled"),
    /** The article's language is known and is not English: the shipped model is English only. */
    NOT_ENGLISH("not-english"),
    /** No language was detected; tagging text of unknown language yields noise, so it is skipped. */
    NO_LANGUAGE("no-language"),
    /** Empty or blank text. */
    NO_TEXT("no-text"),
    /** The recogniser threw on this text (a bug: the article is kept, without entities). */
    FAILED("failed");

    private final String code;

    EntityStatus(String code) {
        this.code = code;
    }

    /** The value written to the output table. */
    public String code() {
        return code;
    }
}

package io.gazette.model;

/** The entity classes of the 3-class CoNLL scheme; MISC is not produced by the model we ship. */
public enum EntityType {
    /** A person. */
    PER,
    /** An organisation: company, ministry, party, team, news agency. */
    ORG,
    /** A place: country, city, region, geographic feature. */
    LOC
}

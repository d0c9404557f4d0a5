package io.gazette.extract;

/**
 * One small stage of the pipeline. A step reads what earlier steps left in the {@link PageWork},
 * adds its own part, and may reject the page (after which no later step runs).
 */
public interface Step {

    /** Short name for logs, {@code inspect --explain} and error details. */
    String name();

    void apply(PageWork work);
}

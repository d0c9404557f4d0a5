package io.gazette.eval;

import io.gazette.extract.PageWork;

/**
 * An extra metric computed while a set runs (the dates table is one), so that a helper's scorer
 * plugs into {@code evaluate} without the runner knowing its field. One instance per set.
 */
public interface PageEvaluation {

    /**
     * Called once per page after the pipeline ran.
     *
     * @param work the pipeline's work area as far as the steps got (a rejected page keeps what the
     *             steps before the reject found), or null when the pipeline threw
     */
    void accept(EvalCase page, PageWork work);

    /** The table to print after the set's own tables (may be several lines). */
    String table();
}

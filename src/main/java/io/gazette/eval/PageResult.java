package io.gazette.eval;

import java.util.List;

/**
 * What the pipeline produced for one evaluation page, rejected or not.
 *
 * @param text       the main text as far as the pipeline got ("" when none)
 * @param published  the publication date in the reference scorer's format, or null
 * @param reject     the reject reason's name, or null when the page became an article
 * @param error      the exception when the pipeline threw, else null
 * @param textMethod the rung of the main-text cascade that answered
 * @param nanos      time spent in the pipeline (decode to language)
 */
public record PageResult(EvalCase page, String text, String title, List<String> authors, String published,
                         String language, String reject, String error, String textMethod, long nanos) {

    public TextMetrics.PageScore textScore() {
        return page.text() == null ? null : TextMetrics.page(page.text(), text);
    }
}

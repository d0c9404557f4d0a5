package io.gazette.extract;

import io.gazette.extract.meta.JsonLd;
import io.gazette.extract.text.MainText;
import io.gazette.extract.text.MainTextExtractor;
import io.gazette.extract.text.PlainTextExtractor;
import io.gazette.extract.text.PlainTextPage;
import io.gazette.model.RejectReason;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text: the DOM extractor for markup, the line-based one for plain-text pages (which
 * also yields the headline, the date lines and the agency credit). Blocks the cross-page pass
 * marked as this outlet's template ({@link OutletKnowledge}, {@link PageWork#templateBlocks}) are dropped. Pages with too
 * little text are rejected here; their text stays in the work area for {@code inspect} and
 * {@code evaluate}.
 */
public final class MainTextStep implements Step {
    private final MainTextExtractor html = new MainTextExtractor();
    private final PlainTextExtractor plain = new PlainTextExtractor();
    private final OutletKnowledge knowledge;

    public MainTextStep() {
        this(OutletKnowledge.NONE);
    }

    /** @param knowledge template blocks learned per outlet; used for pages whose work area names none */
    public MainTextStep(OutletKnowledge knowledge) {
        this.knowledge = knowledge == null ? OutletKnowledge.NONE : knowledge;
    }

    @Override
    public String name() {
        return "main-text";
    }

    @Override
    public void apply(PageWork w) {
        if (w.templateBlocks.isEmpty()) {
            w.templateBlocks = knowledge.templateBlocks(w.outlet);
        }
        if (w.isPlainText()) {
            PlainTextPage page = plain.extract(w.plainText, w.templateBlocks);
            w.plainPage = page;
            w.title = page.headline();
            w.text = page.text();
            w.credit = page.credit();
            w.textMethod = "plain-text";
        } else {
            var conf = w.options.outlet(w.outlet);
            Document doc = w.doc;
            if (!conf.dropSelectors().isEmpty() || !conf.textSelectors().isEmpty()) {
                // conf/outlets.conf: a person's selectors for this outlet, on a copy (the date step reads the page)
                doc = w.doc.clone();
                for (String sel : conf.dropSelectors()) {
                    doc.select(sel).remove();
                }
                for (String sel : conf.textSelectors()) {
                    Element body = doc.selectFirst(sel);
                    if (body != null) {
                        Document only = Document.createShell(doc.location());
                        only.body().appendChild(body.clone());
                        doc = only;
                        break;
                    }
                }
            }
            MainText t = html.extract(doc, JsonLd.text(w.meta.jsonLdArticle(), "articleBody"), w.title,
                    w.templateBlocks);
            w.text = t.text();
            w.textMethod = t.method();
            w.credit = t.credit();
        }
        if (w.text == null || w.text.isBlank()) {
            w.reject(RejectReason.NO_TEXT, null);
        } else if (w.text.length() < w.options.extract().minTextChars()) {
            w.reject(RejectReason.TEXT_TOO_SHORT, w.text.length() + " characters");
        }
    }
}

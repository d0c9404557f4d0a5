package io.gazette.extract.date;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quick word test in front of the label patterns may let a text through that the pattern then
 * does not match, but must never turn away one that it matches: upper case, accents, the Turkish
 * dotless i, CJK and labels with spaces inside included.
 */
class LabelWordsTest {

    private static final List<String> LABELLED = List.of(
            "First Published on:", "ORIGINALLY  PUBLISHED", "Date: ", "datum :", "Publication date:",
            "Veröffentlicht am", "VERÖFFENTLICHT", "Publié le", "PUBLICACIÓN", "mis en ligne le",
            "YAYINLANMA", "Yayınlanma tarihi", "Опубликовано", "发布时间：", "投稿日", "작성일",
            "Last Updated", "UPDATED:", "mis à jour le", "Mise à jour", "Güncellendi", "ÄNDERUNG", "更新日");

    @Test
    void everyTextThePatternsMatchPassesTheWordTest() {
        int matched = 0;
        for (String text : LABELLED) {
            for (DatePatterns.LabelWords words : List.of(DatePatterns.PUBLISHED_LABEL, DatePatterns.MODIFIED_LABEL)) {
                if (words.pattern.matcher(text).find()) {
                    matched++;
                    assertTrue(words.mayMatch(DatePatterns.LabelWords.fold(text)), text);
                }
            }
        }
        assertEquals(LABELLED.size(), matched, "each text is a label of one kind");
    }

    @Test
    void textWithoutLabelWordsIsTurnedAway() {
        for (String text : List.of("By Jane Doe | ", "Sports · 5 min read ·", "Thursday, ", "Politik, 14:30")) {
            assertFalse(DatePatterns.PUBLISHED_LABEL.mayMatch(DatePatterns.LabelWords.fold(text)), text);
            assertFalse(DatePatterns.MODIFIED_LABEL.mayMatch(DatePatterns.LabelWords.fold(text)), text);
        }
    }
}

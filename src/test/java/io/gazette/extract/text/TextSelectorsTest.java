package io.gazette.extract.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSelectorsTest {

    @Test
    void hiddenClassIsAWholeClassNameInAnyCase() {
        assertTrue(TextSelectors.hiddenClass("sr-only"));
        assertTrue(TextSelectors.hiddenClass("label Visually-Hidden"));
        assertTrue(TextSelectors.hiddenClass("a\tscreen-reader-only\nb"));
        assertTrue(TextSelectors.hiddenClass("d-none "));
        assertFalse(TextSelectors.hiddenClass("hidden-xs"), "a part of a class name is not the class");
        assertFalse(TextSelectors.hiddenClass("unhide"));
        assertFalse(TextSelectors.hiddenClass("article-body"));
        assertFalse(TextSelectors.hiddenClass(""));
    }
}

package io.gazette.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names.clean: bylines into person names. */
class NamesTest {

    @Test
    void whatFollowsARoleInTheSameBylineDescribesTheRole() {
        assertEquals(List.of("Daniel Burstein"),
                Names.clean(List.of("Daniel Burstein, Senior Director, Content & Marketing, MarketingSherpa")));
        assertEquals(List.of("Benjamin Johnson"),
                Names.clean(List.of("Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines")));
        // names before any role all stay
        assertEquals(List.of("Jane Doe", "John Roe"), Names.clean(List.of("By Jane Doe and John Roe, Staff Writers")));
    }

    @Test
    void aNameWrittenTwiceInARowIsOne() {
        assertEquals(List.of("Andrea Wong"), Names.clean(List.of("Andrea Wong Andrea Wong")));
        assertEquals("Jean de la Fontaine", Names.withoutRepeat("Jean de la Fontaine"));
        assertEquals("Ma Ma", Names.withoutRepeat("Ma Ma Ma Ma"));
    }

    @Test
    void aWeekdayOrALabelWordAloneIsNoName() {
        assertEquals(List.of(), Names.clean(List.of("Sat")));
        assertEquals(List.of(), Names.clean(List.of("Friday")));
        assertEquals(List.of(), Names.clean(List.of("Our Editors")));
        assertEquals(List.of(), Names.clean(List.of("View Full Profile")));
    }
}

package io.gazette.extract.date;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The clock behind an offset a page states. An offset is a clock on one date only: a page whose
 * only local stamp is "2023-01-18T13:57:55-06:00" (January, Central Standard Time) runs on a clock
 * that reads -05:00 in July. Turning a July "Z" stamp into the local day with the fixed -06:00 puts
 * a 00:30 article on the day before; near midnight the daylight-saving hour decides the day.
 *
 * <p>So the stated offset is matched to a zone: the outlet's own zone when it gives that offset at
 * the stamp's date (a .de page's +01:00 in January is Europe/Berlin), else the first zone of a short
 * list, ordered by how many outlets run on it, that gives the offset at the date of every stamp
 * stating it. No zone fits (an offset no listed zone has on that date): the fixed offset, as before.
 * Where a listed zone and a zone without daylight saving share an offset (Denver and Phoenix in
 * winter), the list's order decides: that guess is wrong only for the rarer outlet, and only on
 * dates in the other season.
 */
final class PageClock {
    private PageClock() {
    }

    /** Ordered by how many news outlets run on them; zones with daylight saving before fixed ones of the same offset. */
    static final List<ZoneId> ZONES = List.of(
            "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
            "America/Anchorage", "Pacific/Honolulu", "America/Halifax", "America/St_Johns", "America/Sao_Paulo",
            "Europe/London", "Europe/Berlin", "Europe/Athens", "Asia/Jerusalem", "Africa/Johannesburg",
            "Africa/Lagos", "Europe/Istanbul", "Europe/Moscow", "Australia/Sydney", "Australia/Adelaide",
            "Australia/Brisbane", "Australia/Perth", "Pacific/Auckland", "America/Mexico_City")
            .stream().map(ZoneId::of).toList();

    /**
     * @param offset the offset the page states
     * @param stated the instants of the stamps that state it (at least one)
     * @param outlet the outlet's zone from its domain or hints, or null
     * @return a zone giving {@code offset} at every one of {@code stated}, else {@code offset} itself
     */
    static ZoneId zoneOf(ZoneOffset offset, List<Instant> stated, ZoneId outlet) {
        if (outlet != null && fits(outlet, offset, stated)) {
            return outlet;
        }
        for (ZoneId z : ZONES) {
            if (fits(z, offset, stated)) {
                return z;
            }
        }
        return offset;
    }

    private static boolean fits(ZoneId zone, ZoneOffset offset, List<Instant> stated) {
        for (Instant at : stated) {
            if (!zone.getRules().getOffset(at).equals(offset)) {
                return false;
            }
        }
        return !stated.isEmpty();
    }
}

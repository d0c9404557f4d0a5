package io.gazette.extract.date;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page (or, summed, an outlet) shows about its day/month order: how many all-numeric dates
 * it writes that only one reading allows. "13/09/2022" can only be day-first, "09/13/2022" only
 * month-first; "08/09/2022" is ambiguous and is only counted. The Spark job sums this over all pages
 * of an outlet in a dump and passes {@link #decide} back in as the outlet's {@link OutletHints#order()}.
 *
 * @param dayFirst   numeric dates whose first number is a day > 12
 * @param monthFirst numeric dates whose second number is a day > 12
 * @param ambiguous  numeric dates both readings allow (different numbers, both <= 12)
 */
public record OrderEvidence(int dayFirst, int monthFirst, int ambiguous) implements Serializable {
    public static final OrderEvidence NONE = new OrderEvidence(0, 0, 0);

    /**
     * d.m.yyyy, d/m/yyyy, d-m-yyyy with one separator throughout and a four-digit year 19xx or 20xx.
     * Not preceded or followed by more digits or dots, which would make it a version, an IP address
     * or part of a longer number.
     */
    static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{L}\\d.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d]|[./-]\\d)");

    /** Sums two evidences (associative, for reduceByKey). */
    public OrderEvidence plus(OrderEvidence o) {
        return new OrderEvidence(dayFirst + o.dayFirst, monthFirst + o.monthFirst, ambiguous + o.ambiguous);
    }

    /**
     * The order this evidence settles: at least {@code minDates} unambiguous dates, of which at least
     * 90% agree (a page quoting one foreign date must not flip an outlet); otherwise null.
     */
    public DayMonthOrder decide(int minDates) {
        int n = dayFirst + monthFirst;
        if (n < Math.max(1, minDates)) {
            return null;
        }
        if (dayFirst * 10 >= n * 9) {
            return DayMonthOrder.DMY;
        }
        if (monthFirst * 10 >= n * 9) {
            return DayMonthOrder.MDY;
        }
        return null;
    }

    /** The evidence in a text: every numeric date in it, classified. */
    public static OrderEvidence of(CharSequence text) {
        if (text == null) {
            return NONE;
        }
        int[] dma = new int[3];
        // a match ends with its year and reaches at most "31/12/" before it
        TextWindows.scan(NUMERIC, text, TextWindows.beforeYears(text, 8), x -> {
            int first = Integer.parseInt(x.group(1));
            int second = Integer.parseInt(x.group(3));
            if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) {
                return x.end();
            }
            dma[first > 12 ? 0 : second > 12 ? 1 : 2] += first > 12 || second > 12 || first != second ? 1 : 0;
            return x.end();
        });
        return new OrderEvidence(dma[0], dma[1], dma[2]);
    }
}

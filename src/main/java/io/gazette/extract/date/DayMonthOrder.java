package io.gazette.extract.date;

/**
 * How an outlet writes an all-numeric date whose first two numbers could both be a month:
 * "08-09-2022" is 8 September under DMY and August 9 under MDY. Dates that start with a
 * four-digit year (2022-09-08, 2022/9/8) are always year-month-day and need no order.
 */
public enum DayMonthOrder {
    DMY,
    MDY
}

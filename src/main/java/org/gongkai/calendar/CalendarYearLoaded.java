package org.gongkai.calendar;

/**
 * A year's holiday arrangement was loaded (replacing any earlier one), in the transaction that loaded it: whatever was
 * derived from the calendar for that year (deadlines kept in tables) is stale from then on.
 */
public record CalendarYearLoaded(int year) {}

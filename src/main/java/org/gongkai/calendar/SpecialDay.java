package org.gongkai.calendar;

import java.time.LocalDate;

/** One date of a year's arrangement, with the name of the festival it belongs to. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {}

package org.gongkai.calendar;

import java.time.Instant;

/** A year whose arrangement is loaded, with where it came from. */
public record LoadedYear(int year, String source, Instant loadedAt, String loadedBy, int specialDays) {}

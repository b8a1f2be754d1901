/**
 * The official working-day calendar: weekday holidays and adjusted working weekends (调休) per year,
 * loaded as data (the 国务院办公厅 notice of each year), never written in code. Computes statutory
 * deadlines in working days, with clock-stop pauses, under 《民法典》第二百零一条: the start day is not
 * counted. A year without a loaded arrangement is computed as Monday–Friday and reported as such.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.gongkai.calendar;

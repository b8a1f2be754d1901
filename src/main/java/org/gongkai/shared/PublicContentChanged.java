package org.gongkai.shared;

/**
 * Something the public pages show changed (a guide text, contact details, a catalog): cached public pages
 * are dropped after the commit. Published information has its own, more specific event.
 */
public record PublicContentChanged(String what) {}

package org.gongkai.information;

/**
 * Many public records changed at once without an event each (a bulk migration): derived data such as the
 * search index should be rebuilt from {@link PublicInformation}.
 */
public record PublicInformationReloaded() {}

package org.gongkai.information;

/**
 * What the public can see of a record changed: published, corrected, withdrawn, or its validity marked.
 * Published through the event publication registry, so listeners (the search index, page caches) run
 * after the commit and are retried after a crash; they read the record's current public state.
 */
public record PublicInformationChanged(long recordId) {}

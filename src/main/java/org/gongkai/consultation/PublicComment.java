package org.gongkai.consultation;

import java.time.Instant;

/** A published comment as the public reads it: the paragraph, the masked text, the name or 匿名, the day it came. */
public record PublicComment(long id, Integer paragraph, String text, String name, Instant submittedAt) {}

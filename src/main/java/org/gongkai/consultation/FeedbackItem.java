package org.gongkai.consultation;

/** One group of comments in the 意见采纳情况: what was proposed, whether it was adopted, and why (not). */
public record FeedbackItem(String summary, Adoption adoption, String reason) {}

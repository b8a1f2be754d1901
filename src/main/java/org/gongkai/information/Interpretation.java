package org.gongkai.information;

/**
 * What makes a 政策解读 record an interpretation: its form, who interpreted (谁起草、谁解读: the drafting office or the
 * person named), and the text alternative of a 图解 or transcript of an 音视频 (a note for the other forms).
 */
public record Interpretation(InterpretationForm form, String author, String text) {}

package org.gongkai.request;

import java.time.LocalDate;

/**
 * An earlier case of the same applicant at the same unit, already answered, that asked for an item the current case
 * asks for too: a candidate for 重复申请 (第三十六条第（六）项).
 */
public record EarlierCase(long id, String caseNumber, LocalDate concludedOn, ReplyOutcome outcome, String item) {}

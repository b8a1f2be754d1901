package org.gongkai.information;

import java.time.LocalDate;

/**
 * The 第二十六条 clock of a proactive record: due 20 working days after it was formed or changed, with
 * the working days left (negative when overdue). A formed date outside the working-day calendar has no due date
 * and counts as overdue.
 */
public record PublicationDeadline(
        long recordId,
        String title,
        long organizationId,
        String organizationName,
        RecordStatus status,
        LocalDate formedDate,
        LocalDate dueDate,
        long workingDaysLeft) {

    public static final int WORKING_DAYS = 20;
    public static final int DUE_SOON = 5;

    public boolean isOverdue() {
        return workingDaysLeft < 0;
    }

    public boolean isDueSoon() {
        return !isOverdue() && workingDaysLeft <= DUE_SOON;
    }

    public String label() {
        if (dueDate == null) {
            return "形成日期超出工作日历范围，无法计算，请核对形成日期";
        }
        if (isOverdue()) {
            return "已超期 " + (-workingDaysLeft) + " 个工作日";
        }
        if (workingDaysLeft == 0) {
            return "今天到期";
        }
        return "剩余 " + workingDaysLeft + " 个工作日";
    }
}

package org.gongkai.report;

import java.time.Instant;

/**
 * One edition of a unit's 政府信息公开工作年度报告 for a year (国务院令第711号 第四十九、五十条), as stored.
 *
 * <p>Lifecycle ({@link ReportMove}): a unit's editor or the supervising office drafts it — the tables computed from
 * the records, the cells the platform cannot compute entered with their source, sections 一, 五 and 六 written — and
 * submits it once every check of RULES §2.5 passes, which freezes its figures; the unit's signer approves it or returns
 * it with a reason; it is then published. A published report is corrected only by a new edition with a stated reason
 * ({@code correctionReason}); publishing the correction supersedes the edition before, which stays readable.
 * Imported reports of earlier years ({@code origin} IMPORTED, {@code importNote} saying where they were published) are
 * kept as published, with their failing checks listed and never corrected silently; they serve the cross-year check and
 * comparisons; their text is on the site that published them, and the portal lists them as 往年报告 with where and
 * when they were published.
 */
public record AnnualReport(
        long id,
        long organizationId,
        int year,
        int edition,
        String format,
        Origin origin,
        ReportStatus status,
        FiguresScope scope,
        String overview,
        String problems,
        String otherMatters,
        String correctionReason,
        String returnReason,
        Instant figuresAt,
        String createdBy,
        Instant createdAt,
        String submittedBy,
        Instant submittedAt,
        String approvedBy,
        Instant approvedAt,
        String publishedBy,
        Instant publishedAt,
        Instant supersededAt,
        String importNote,
        int version) {

    /** The 2021 national format (国办公开办函〔2021〕30号). */
    public static final String FORMAT_2021 = "2021";

    /** The legacy format of the 2019 and 2020 reports (RULES §2.6), in which reports of those years are imported. */
    public static final String FORMAT_2019 = "2019";

    /**
     * Whose figures the tables hold: the unit's own records, or the roll-up of every reporting unit under a people's
     * government (issue 12 §6), the basis of the government's own report.
     */
    public enum FiguresScope {
        UNIT("本单位"),
        ROLLUP("本级及所属单位汇总");

        private final String label;

        FiguresScope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a report came from: written on the platform, or imported from an earlier publication. */
    public enum Origin {
        PLATFORM,
        IMPORTED
    }

    /** The format its tables are in. */
    public ReportFormat reportFormat() {
        return ReportFormat.of(format);
    }

    /** The report's title as the format and the portal give it. */
    public String title(String unitName) {
        return unitName + year + "年政府信息公开工作年度报告";
    }

    /** Whether its figures are frozen: from submission on, tables are read from the stored cells. */
    public boolean figuresFrozen() {
        return status != ReportStatus.DRAFT;
    }

    /** Whether this edition corrects an earlier one. */
    public boolean isCorrection() {
        return edition > 1;
    }
}

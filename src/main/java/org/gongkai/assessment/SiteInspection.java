package org.gongkai.assessment;

import java.time.Instant;
import java.util.List;

/**
 * One run of the site self-inspection (issue 16 §4): when and by whom (the weekly schedule or the office), the vetoes
 * and the points deducted with the evidence of each, the score and whether the site passes.
 */
public record SiteInspection(
        long id,
        Instant startedAt,
        Instant finishedAt,
        String startedBy,
        Status status,
        int vetoes,
        int deducted,
        Integer score,
        Boolean passed,
        long recordsRead,
        Long durationMs,
        long pagesVisited,
        long linksChecked,
        Long p95Millis,
        Long slowestMillis,
        String crawlNote,
        List<Finding> findings) {

    public enum Status {
        RUNNING("检查中"),
        DONE("已完成"),
        INTERRUPTED("未完成");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Kind {
        VETO("单项否决"),
        DEDUCTION("扣分"),
        NOTICE("提示");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A problem found: under which check, veto or deduction (and its points), what and where. */
    public record Finding(InspectionCheck check, Kind kind, int points, String title, String href, String detail) {}

    /** The findings of one check. */
    public List<Finding> of(InspectionCheck check) {
        return findings.stream().filter(f -> f.check() == check).toList();
    }

    public String result() {
        return passed == null ? "" : passed ? "合格" : "不合格";
    }
}

package org.gongkai.assessment;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A monthly bulletin (月度通报, issue 16 §3): the month's figures of every unit with its rank, the county's trend over
 * the year before, and the data caveats beside the figures — kept as generated — with the office's remarks; a draft
 * until the office publishes it.
 */
public record Bulletin(
        long id,
        YearMonth month,
        Status status,
        Content content,
        String remarks,
        Instant generatedAt,
        String generatedBy,
        Instant publishedAt,
        String publishedBy,
        int version) {

    public enum Status {
        DRAFT("待审核"),
        PUBLISHED("已发布");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the bulletin shows, as generated. */
    public record Content(
            String title,
            String periodLabel,
            List<String> columns,
            List<Line> lines,
            List<TrendPoint> trend,
            List<String> notes) {}

    /** A unit's line: its rank, name, the figures in the columns' order, and the caveats beside them. */
    public record Line(int rank, long unitId, String unit, long published, List<Cell> cells, List<String> caveats) {}

    /** A figure as it reads, and whether it falls short of what is expected. */
    public record Cell(String text, boolean shortOfTarget) {}

    /** The county's records first published in a month. */
    public record TrendPoint(String month, long published) {}

    public String title() {
        return content.title();
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}

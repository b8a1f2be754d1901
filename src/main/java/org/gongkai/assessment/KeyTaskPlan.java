package org.gongkai.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year's key tasks (年度政务公开工作要点, issue 16 §5): the plan the office publishes, split into tasks with a lead unit,
 * assisting units and a deadline, and each task's progress by quarter as the lead unit reports it; a quarter's progress
 * goes on the portal when the office publishes that quarter.
 */
public record KeyTaskPlan(
        long id,
        int year,
        String title,
        String basis,
        Status status,
        Instant publishedAt,
        int version,
        List<Task> tasks,
        Set<Integer> publishedQuarters) {

    public enum Status {
        DRAFT("草稿"),
        PUBLISHED("已发布");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a task stands in a quarter's report. */
    public enum State {
        NOT_STARTED("未启动"),
        UNDER_WAY("推进中"),
        DONE("已完成");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A unit named on a task. */
    public record Unit(long id, String name) {}

    public record Task(
            long id,
            int position,
            String title,
            String description,
            Unit lead,
            List<Unit> assistants,
            LocalDate dueOn,
            Map<Integer, Progress> progress) {

        /** The latest progress among the given quarters (those published, for the portal), or null. */
        public Progress latest(Set<Integer> quarters) {
            for (int q = 4; q >= 1; q--) {
                if (quarters.contains(q) && progress.containsKey(q)) {
                    return progress.get(q);
                }
            }
            return null;
        }

        public String assistantNames() {
            return String.join("、", assistants.stream().map(Unit::name).toList());
        }
    }

    /** A quarter's progress of a task. */
    public record Progress(int quarter, State state, String text, Instant reportedAt, String reportedBy) {}

    /** The last quarter whose progress is published, or 0. */
    public int latestQuarter() {
        return publishedQuarters.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** The plan as the public reads it: only the published quarters' progress. */
    public KeyTaskPlan forThePublic() {
        return new KeyTaskPlan(
                id,
                year,
                title,
                basis,
                status,
                publishedAt,
                version,
                tasks.stream()
                        .map(t -> new Task(
                                t.id(),
                                t.position(),
                                t.title(),
                                t.description(),
                                t.lead(),
                                t.assistants(),
                                t.dueOn(),
                                t.progress().entrySet().stream()
                                        .filter(e -> publishedQuarters.contains(e.getKey()))
                                        .collect(java.util.stream.Collectors.toMap(
                                                Map.Entry::getKey, Map.Entry::getValue))))
                        .toList(),
                publishedQuarters);
    }
}

package org.gongkai.assessment;

import java.util.List;

/**
 * An evaluation rubric (考核评分标准, issue 16 §2): categories of items, each with its points and how it is scored, and the
 * grade thresholds. Points are whole numbers; scores are kept in tenths of a point.
 */
public record Rubric(
        long id,
        String code,
        String name,
        String basis,
        int passScore,
        int basicScore,
        int version,
        List<Category> categories) {

    public record Category(long id, int position, String name, List<Item> items) {

        public int points() {
            return items.stream().mapToInt(Item::points).sum();
        }
    }

    public record Item(
            long id,
            int position,
            String name,
            int points,
            ScoringMethod method,
            Indicator indicator,
            ScoringRule rule,
            String guidance) {}

    public int points() {
        return categories.stream().mapToInt(Category::points).sum();
    }

    public List<Item> items() {
        return categories.stream().flatMap(c -> c.items().stream()).toList();
    }

    public Grade grade(long tenths) {
        return Grade.of(tenths, passScore, basicScore);
    }
}

package org.gongkai.calendar;

/** What the year's arrangement says about one date. */
public enum DayKind {
    /** 节假日: a day off, even when it falls on a weekday. */
    HOLIDAY("放假"),
    /** 调休上班日: a Saturday or Sunday on which government offices work. */
    ADJUSTED_WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static DayKind parse(String text) {
        for (DayKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text) || kind.label.equals(text)) {
                return kind;
            }
        }
        return switch (text) {
            case "节假日", "假日", "休" -> HOLIDAY;
            case "上班", "调休上班日", "班" -> ADJUSTED_WORKDAY;
            default -> null;
        };
    }
}

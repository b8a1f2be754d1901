package org.gongkai.information;

/** 体裁 / 公文种类 of a record; 规章 and 行政规范性文件 are counted in the annual report's table 二. */
public enum DocumentType {
    REGULATION("规章"),
    NORMATIVE_DOCUMENT("行政规范性文件"),
    OTHER_DOCUMENT("其他文件"),
    NOTICE("通知公告"),
    LICENSING_DECISION("行政许可决定"),
    PENALTY_DECISION("行政处罚决定"),
    ENFORCEMENT_DECISION("行政强制决定"),
    PLAN("规划计划"),
    STATISTICS("统计信息"),
    BUDGET("财政预决算"),
    WORK_REPORT("工作动态与总结"),
    INTERPRETATION("政策解读");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 规章 and 行政规范性文件 need a 政策解读 signed off with them unless the unit decides otherwise (issue 15 §2). */
    public boolean needsInterpretationByDefault() {
        return isNormative();
    }

    /** Reviewed in every cleanup round while effective (第十八条 and the rules on normative documents). */
    public boolean isNormative() {
        return this == REGULATION || this == NORMATIVE_DOCUMENT;
    }
}

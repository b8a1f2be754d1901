package org.gongkai.assessment;

/**
 * What the platform can measure of a unit's openness work (issue 16 §1), each with where it comes from and, for a
 * rate, the share the rules or the rubric expect.
 */
public enum Indicator {
    PUBLISHED("发布信息", "本期首次发布的政府信息（发布后撤回的也计入）", null),
    TIMELINESS("主动公开及时率", "主动公开信息自形成或者变更之日起 20 个工作日内公开的比例（《政府信息公开条例》第二十六条）；从原网站迁移的信息不计", 100),
    INTERPRETATION("政策解读率", "需要解读的规章、行政规范性文件等政策文件中，已发布政策解读的比例（解读与政策同步审签、同步发布）；从原网站迁移的政策文件同样计入，其解读需在本平台发布并关联", 100),
    CATALOG("目录发布", "标准目录：已编制的领域中已发布的比例（当前状态，不随统计期间变化）；缺少的指引事项另计", 100),
    CLEANUP("清理", "本期结束的清理中审查的本单位信息；逾期未处理的另计（《政府信息公开条例》第十八条）", null),
    REQUEST_ON_TIME("依申请按期答复率", "本期办结的申请中，在答复期限（含延期、不计入期限的时间）内办结的比例（第三十三条）", 100),
    REQUEST_CLOSURE("依申请办结率", "本期受理的申请中到期末已办结的比例（期末仍在答复期限内的不计入分母）", 95),
    ANNUAL_REPORT("年度报告", "上一年度政府信息公开工作年度报告是否按期公布（第四十九条）", null),
    INQUIRY_IN_TIME("留言按期答复率", "本期答复的咨询建言中，在答复期限内答复的比例", 100),
    INQUIRY_VETO("超 3 个月未答复留言", "期末前一年内收到、超过 3 个月仍未答复的有效留言（网站检查单项否决指标，国办秘函〔2019〕19号）", null),
    CONSULTATION_FEEDBACK("征求意见反馈率", "本期截止的征求意见中，已公布意见采纳情况的比例（《重大行政决策程序暂行条例》第十五条）", 100);

    private final String label;
    private final String definition;
    private final Integer targetPercent;

    Indicator(String label, String definition, Integer targetPercent) {
        this.label = label;
        this.definition = definition;
        this.targetPercent = targetPercent;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** The share expected of a rate, or null for a count. */
    public Integer targetPercent() {
        return targetPercent;
    }
}

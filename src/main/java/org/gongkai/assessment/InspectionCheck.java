package org.gongkai.assessment;

/**
 * What the site self-inspection checks on the platform's own portal (issue 16 §4), after 国办秘函〔2019〕19号 (RULES §5):
 * each check is a veto (单项否决: the site fails whatever else it scores) or deductions from 100 points.
 */
public enum InspectionCheck {
    HOME_UPDATE("首页更新", "监测时间点前 2 周内首页无信息更新的，单项否决（RULES §5.2、§5.4）"),
    AVAILABILITY(
            "网站可用性",
            "平台每 72 分钟访问一次首页（每天 20 次）：近 1 周超过 15 秒仍打不开（含平台未运行）的次数占 5% 及以上的，单项否决；检查时从首页起逐页访问门户网站：首页打不开的，单项否决；其他页面打不开（服务器错误或超过 15 秒）的，每个扣 1 分，最多扣 10 分（RULES §5.2、§5.3，分值可配置）"),
    COLUMN_UPDATE("栏目更新", "要闻动态类栏目 2 周、通知公告和政策文件类栏目 6 个月、政策解读 6 个月未更新；累计 5 个及以上单项否决，政策文件类栏目未更新扣 5 分（RULES §5.2、§5.3）"),
    EMPTY_COLUMNS("空白栏目", "门户网站上没有任何内容的栏目；5 个及以上单项否决（RULES §5.2）"),
    UNDATED("发布时间", "栏目中列出的信息未注明发布时间的，视为未更新（RULES §5.2）"),
    INQUIRY_VETO("留言答复", "监测时间点前 1 年内存在超过 3 个月未答复的有效留言，单项否决（RULES §5.2）"),
    INQUIRY_REPLIES("留言答复更新", "监测时间点前 2 个月内未更新留言答复，扣 3 分（RULES §5.3）"),
    BROKEN_LINKS(
            "链接可用性",
            "门户网站页面上的链接（页面、附件、订阅、图片）和已发布信息正文中指向本站信息的链接打不开的，外部链接打不开或指向内部网络的，每个扣 1 分，最多扣 10 分（RULES §5.3，分值可配置）"),
    PERSONAL_INFORMATION("个人信息保护", "已发布信息正文及其附件中出现未遮盖的身份证号、手机号、银行卡号等个人信息，每条信息或附件扣 2 分，最多扣 10 分（可配置）"),
    SERIOUS_ERRORS("严重表述错误", "已发布信息及其附件中出现错敏词库中的严重表述错误，单项否决（RULES §5.2）"),
    WRONG_WORDING("错敏词", "已发布信息及其附件中出现错敏词库中的错误表述，每处扣 1 分，最多扣 5 分（可配置）；敏感表述（密级标志、内部资料等）列出请人工核实");

    private final String label;
    private final String rule;

    InspectionCheck(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    public String rule() {
        return rule;
    }
}

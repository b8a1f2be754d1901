package org.gongkai.demo;

import java.time.LocalDate;
import java.util.Random;
import org.gongkai.information.DocumentType;

/**
 * Bodies that read like the documents their titles name (issue 14 §9): a 行政处罚决定书 with its party (a company, never a
 * person), facts, basis, penalty and the ways to appeal; a 管理办法 in articles; a 工作方案 with targets and tasks; a
 * statistics release with its figures; a summary with what was done; a budget release with its totals; a notice with
 * its requirements. Figures vary with the title, the same each time the demo is made. Fictional throughout.
 */
final class DemoBodies {

    private DemoBodies() {}

    static String of(
            DocumentType type,
            String title,
            String number,
            String subject,
            String unit,
            LocalDate formed,
            String phone) {
        Random r = new Random(title.hashCode() * 31L + formed.toEpochDay());
        String shortUnit = shortName(unit);
        return switch (type) {
            case PENALTY_DECISION -> penalty(r, number, subject, unit, formed);
            case NORMATIVE_DOCUMENT -> normative(r, subject, unit, formed);
            case PLAN -> plan(r, subject, formed);
            case STATISTICS -> statistics(r, subject, shortUnit, formed);
            case WORK_REPORT ->
                title.endsWith("工作总结") ? summary(r, subject, shortUnit) : news(r, title, subject, shortUnit, formed);
            case BUDGET -> budget(r, title, shortUnit);
            default -> notice(subject, shortUnit, formed, phone);
        };
    }

    private static final String[] COMPANIES = {
        "示范县恒达建材有限公司", "示范县青禾农业开发有限公司", "示范县顺通物流有限公司", "示范县鑫源矿业有限公司", "示范县安居房地产开发有限公司", "示范县康乐养老服务有限公司", "示范县华美装饰工程有限公司"
    };

    private static String law(String subject, String unit) {
        if (unit.contains("应急")) {
            return "《中华人民共和国安全生产法》";
        }
        if (unit.contains("自然资源") || subject.contains("土地") || subject.contains("耕地") || subject.contains("宅基地")) {
            return "《中华人民共和国土地管理法》";
        }
        if (unit.contains("人力资源") || subject.contains("工资")) {
            return "《保障农民工工资支付条例》";
        }
        if (unit.contains("住房") || subject.contains("建筑")) {
            return "《建设工程安全生产管理条例》";
        }
        if (subject.contains("林") || subject.contains("生态")) {
            return "《中华人民共和国森林法》";
        }
        if (unit.contains("财政")) {
            return "《中华人民共和国政府采购法》";
        }
        return "《中华人民共和国行政处罚法》";
    }

    private static String penalty(Random r, String number, String subject, String unit, LocalDate formed) {
        String company = COMPANIES[r.nextInt(COMPANIES.length)];
        LocalDate found = formed.minusDays(20 + r.nextInt(40));
        String law = law(subject, unit);
        int article = 20 + r.nextInt(80);
        int fine = (1 + r.nextInt(20)) * 5000;
        return "<p>" + unit + "行政处罚决定书</p>\n<p>" + (number == null ? "" : number) + "</p>\n"
                + "<p>当事人：" + company + "<br>统一社会信用代码：91510799MA" + (1000000 + r.nextInt(9000000)) + "X" + "<br>"
                + "地址：示范县工业园区" + (1 + r.nextInt(30)) + "号</p>\n"
                + "<p>一、违法事实。" + found.getYear() + "年" + found.getMonthValue() + "月" + found.getDayOfMonth()
                + "日，本机关执法人员在" + subject + "监督检查中发现，当事人未按规定履行相关义务，违反了" + law + "第" + article
                + "条的规定。以上事实有现场检查笔录、询问笔录、照片等证据证实。</p>\n"
                + "<p>二、处罚依据和内容。本机关已依法告知当事人拟作出行政处罚的事实、理由、依据及其享有的陈述、申辩权利，当事人在法定期限内未提出"
                + "陈述、申辩。依据" + law + "第" + (article + 1 + r.nextInt(20)) + "条的规定，决定给予当事人罚款人民币"
                + fine + "元的行政处罚，并责令限期改正。</p>\n"
                + "<p>三、履行方式和期限。当事人应当自收到本决定书之日起十五日内，到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。</p>\n"
                + "<p>四、救济途径。当事人如不服本决定，可以自收到本决定书之日起六十日内向示范县人民政府申请行政复议，"
                + "也可以自收到本决定书之日起六个月内向示范县人民法院提起行政诉讼。</p>";
    }

    private static String normative(Random r, String subject, String unit, LocalDate formed) {
        return "<p>第一条 为规范" + subject + "工作，保障公民、法人和其他组织的合法权益，根据有关法律法规，结合本县实际，制定本办法。</p>\n"
                + "<p>第二条 本办法适用于本县行政区域内的" + subject + "及其监督管理活动。</p>\n"
                + "<p>第三条 " + unit + "负责本县" + subject + "工作的组织实施和监督管理；乡（镇）人民政府、街道办事处按照职责做好相关工作。</p>\n"
                + "<p>第四条 办理" + subject + "事项，应当公开依据、条件、程序、时限和办理结果，办理时限不超过"
                + (5 + r.nextInt(15)) + "个工作日。</p>\n"
                + "<p>第五条 申请人对办理结果有异议的，可以依法申请行政复议或者提起行政诉讼。</p>\n"
                + "<p>第六条 本办法自" + formed.plusDays(30).getYear() + "年"
                + formed.plusDays(30).getMonthValue() + "月"
                + formed.plusDays(30).getDayOfMonth() + "日起施行，有效期五年。</p>";
    }

    private static String plan(Random r, String subject, LocalDate formed) {
        int target = 85 + r.nextInt(14);
        return "<p>为深入推进" + subject + "工作，制定本方案。</p>\n"
                + "<p>一、工作目标。到" + (formed.getYear() + 2) + "年，" + subject + "工作机制进一步健全，群众满意度达到" + target
                + "%以上。</p>\n"
                + "<p>二、重点任务。（一）摸清底数，建立工作台账；（二）完善制度，规范办理流程；（三）强化督导，按季度通报进展。</p>\n"
                + "<p>三、实施步骤。动员部署阶段（" + formed.getYear() + "年" + formed.getMonthValue() + "月）、组织实施阶段、总结评估阶段（"
                + (formed.getYear() + 2) + "年12月）。</p>\n"
                + "<p>四、保障措施。加强组织领导，落实经费保障，严格考核问责。</p>";
    }

    private static String statistics(Random r, String subject, String shortUnit, LocalDate formed) {
        LocalDate month = formed.minusMonths(1);
        int handled = 50 + r.nextInt(450);
        int done = handled - r.nextInt(Math.max(1, handled / 10));
        double change = (r.nextInt(300) - 100) / 10.0;
        return "<p>" + month.getYear() + "年" + month.getMonthValue() + "月，" + shortUnit + "共受理" + subject + "事项"
                + handled
                + "件，办结" + done + "件，办结率" + String.format("%.1f", done * 100.0 / handled) + "%，受理量同比"
                + (change >= 0 ? "增长" : "下降") + String.format("%.1f", Math.abs(change)) + "%。</p>\n"
                + "<p>其中，线上办理" + (handled * (40 + r.nextInt(40)) / 100) + "件，群众评价满意率"
                + (95 + r.nextInt(5)) + "%。</p>\n<p>注：数据来源于" + shortUnit + "业务系统，统计截至当月末。</p>";
    }

    private static String summary(Random r, String subject, String shortUnit) {
        return "<p>今年以来，" + shortUnit + "围绕" + subject + "工作目标，狠抓落实，各项工作有序推进。</p>\n"
                + "<p>一、主要工作和成效。完成" + subject + "相关事项" + (100 + r.nextInt(900)) + "件；开展督导检查"
                + (5 + r.nextInt(20)) + "次，发现并整改问题" + (3 + r.nextInt(30)) + "个；通过政府网站和政务新媒体公开相关信息"
                + (10 + r.nextInt(60)) + "条。</p>\n"
                + "<p>二、存在的问题。基层工作力量不足，信息化水平有待提高。</p>\n"
                + "<p>三、下一步打算。继续完善工作机制，加强业务培训，推动" + subject + "工作提质增效。</p>";
    }

    /** A unit as its own documents name it: 民政局, 城关镇人民政府; the county's government keeps its 县 (县人民政府). */
    static String shortName(String unit) {
        return unit.startsWith("示范县人民政府") ? unit.substring(2) : unit.replace("示范县", "");
    }

    private static final String[] NEWS = {"召开%s工作推进会", "开展%s政策宣传活动", "主要负责同志调研%s工作", "举办%s业务培训班"};

    /** The title of a unit's news item (工作动态): a meeting, a campaign, a visit or a training. */
    static String newsTitle(String shortUnit, String subject, int n) {
        return shortUnit + NEWS[n % NEWS.length].formatted(subject);
    }

    private static String news(Random r, String title, String subject, String shortUnit, LocalDate day) {
        String date = day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        String below = shortUnit.endsWith("人民政府") ? "各村（社区）" : "各乡（镇）";
        if (title.endsWith("推进会")) {
            return "<p>" + date + "，" + shortUnit + "召开" + subject + "工作推进会，总结前一阶段工作，安排部署下一步任务。</p>\n"
                    + "<p>会议通报了" + subject + "工作进展情况，" + (3 + r.nextInt(5)) + "个单位作交流发言。会议要求，要对照年度目标任务，"
                    + "倒排工期、压实责任，确保各项工作按时保质完成；要加强政策宣传和信息公开，主动回应群众关切。</p>\n"
                    + "<p>" + shortUnit + "班子成员、" + below + "分管负责同志参加会议。</p>";
        }
        if (title.endsWith("宣传活动")) {
            return "<p>" + date + "，" + shortUnit + "组织工作人员深入" + below + "，开展" + subject + "政策宣传活动。</p>\n"
                    + "<p>活动采取设点咨询、入户走访、发放明白卡等方式，向群众讲解" + subject + "相关政策、申请条件和办理流程。"
                    + "活动共发放宣传资料" + (200 + r.nextInt(1800)) + "份，现场解答群众咨询" + (30 + r.nextInt(300)) + "人次。</p>\n"
                    + "<p>下一步，" + shortUnit + "将常态化开展政策宣传，让群众知晓政策、用好政策。</p>";
        }
        if (title.contains("调研")) {
            return "<p>" + date + "，" + shortUnit + "主要负责同志带队深入" + below + "，调研" + subject + "工作。</p>\n"
                    + "<p>调研组实地察看了" + (2 + r.nextInt(6)) + "个点位，听取工作汇报，与基层干部群众座谈交流，"
                    + "详细了解" + subject + "工作推进中遇到的困难和问题。</p>\n"
                    + "<p>调研指出，要坚持问题导向，逐项研究解决群众反映的问题，推动" + subject + "工作落地见效。</p>";
        }
        return "<p>" + date + "，" + shortUnit + "举办" + subject + "业务培训班，" + below + "及相关单位"
                + (20 + r.nextInt(120)) + "名业务人员参加培训。</p>\n"
                + "<p>培训围绕" + subject + "政策要点、办理流程、档案管理和信息公开要求进行讲解，并结合典型案例答疑解惑。</p>\n"
                + "<p>参训人员表示，将把所学运用到实际工作中，提高" + subject + "工作规范化水平。</p>";
    }

    private static String budget(Random r, String title, String shortUnit) {
        int total = 800 + r.nextInt(9000);
        int basic = total * (55 + r.nextInt(30)) / 100;
        int threePublic = 5 + r.nextInt(40);
        return "<p>一、部门主要职责。" + shortUnit + "按照县委、县政府确定的职责开展工作。</p>\n"
                + "<p>二、收支总体情况。" + title.replaceAll(".*?(\\d{4}年部门(预算|决算)).*", "$1") + "收入合计" + total
                + "万元，支出合计" + total + "万元，其中基本支出" + basic + "万元，项目支出" + (total - basic) + "万元。</p>\n"
                + "<p>三、“三公”经费。因公出国（境）费0万元，公务用车购置及运行维护费" + threePublic / 2 + "万元，公务接待费"
                + (threePublic - threePublic / 2) + "万元。</p>\n"
                + "<p>四、政府采购情况。政府采购支出" + total / 10 + "万元。</p>\n<p>五、名词解释（略）。</p>";
    }

    private static String notice(String subject, String shortUnit, LocalDate formed, String phone) {
        LocalDate due = formed.plusDays(30);
        return "<p>各乡（镇）人民政府、街道办事处，县级有关部门：</p>\n"
                + "<p>为做好" + subject + "工作，现将有关事项通知如下。</p>\n"
                + "<p>一、工作内容。各单位对照职责，全面梳理" + subject + "工作情况，建立工作台账，逐项落实。</p>\n"
                + "<p>二、时间安排。请于" + due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth()
                + "日前将工作开展情况报送" + shortUnit + "。</p>\n"
                + "<p>三、工作要求。各单位要高度重视，明确专人负责，遇到问题及时向" + shortUnit + "报告。联系电话：" + phone + "。</p>";
    }
}

package org.gongkai.audit.web;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Chinese name of each audited action, for the audit administrator's console (the trail stores the stable
 * code, which stays searchable and is shown beside the name). An action without a name here is shown by its code.
 */
@Component("auditActions")
public class AuditActions {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ACCESS_DENIED", "越权访问被拒绝"),
            Map.entry("AUDIT_CHAIN_KEYED", "审计哈希链启用密钥"),
            Map.entry("AUDIT_CHECKPOINT_EXPORT", "导出审计检查点"),
            Map.entry("CALENDAR_YEAR_LOADED", "载入年度节假日安排"),
            Map.entry("REQUEST_ARCHIVE", "政府信息公开申请归档"),
            Map.entry("REQUEST_CASE_FILE_EXPORT", "导出依申请公开案卷"),
            Map.entry("REQUEST_CONFIRM_RECEIPT", "确认收到政府信息公开申请"),
            Map.entry("REQUEST_CONSULTATION_ANSWER", "登记征求意见的答复"),
            Map.entry("REQUEST_CONSULTATION_LAPSE", "登记征求意见期满未答复"),
            Map.entry("REQUEST_CONSULTATION_OPEN", "发出征求意见函"),
            Map.entry("REQUEST_CORRECTED", "登记收到补正材料"),
            Map.entry("REQUEST_CORRECTION_LAPSED", "登记逾期未补正"),
            Map.entry("REQUEST_CORRECTION_NOTICE", "发出补正告知"),
            Map.entry("REQUEST_DELIVERY", "登记答复送达"),
            Map.entry("REQUEST_FEE_LAPSED", "登记逾期未缴费"),
            Map.entry("REQUEST_FEE_NOTICE", "发出收费通知"),
            Map.entry("REQUEST_FEE_PAID", "登记缴纳信息处理费"),
            Map.entry("REQUEST_FEE_QUOTE", "计算信息处理费"),
            Map.entry("REQUEST_FEE_WAIVED", "减免信息处理费"),
            Map.entry("REQUEST_EXTEND", "批准延期答复"),
            Map.entry("REQUEST_REMEDY_DECIDE", "登记复议或诉讼结果"),
            Map.entry("REQUEST_REMEDY_RECORD", "登记行政复议或行政诉讼"),
            Map.entry("REQUEST_REPLY_APPROVE", "审核通过答复"),
            Map.entry("REQUEST_REPLY_RETURN", "退回答复稿"),
            Map.entry("REQUEST_REPLY_SEND", "作出答复"),
            Map.entry("REQUEST_REPLY_SUBMIT", "提交答复稿审核"),
            Map.entry("REQUEST_TRANSFER", "转办政府信息公开申请"),
            Map.entry("REQUEST_WITHDRAW", "登记申请人撤回申请"),
            Map.entry("REQUEST_LIST", "查看政府信息公开申请列表"),
            Map.entry("REQUEST_NOTICE_EXPORT", "导出依申请公开文书"),
            Map.entry("REQUEST_PERSONAL_DATA_READ", "查看申请人证件号码和联系方式"),
            Map.entry("REQUEST_ATTACHMENT_READ", "查看申请人提交的材料"),
            Map.entry("REQUEST_FOUND_ATTACH", "为申请添加已公开信息"),
            Map.entry("REQUEST_FOUND_DETACH", "从申请移除已公开信息"),
            Map.entry("REQUEST_TEMPLATE_SAVE", "改写依申请公开文书模板"),
            Map.entry("REQUEST_TEMPLATE_RESET", "恢复依申请公开文书模板"),
            Map.entry("REQUEST_TEMPLATE_READ", "查看依申请公开文书模板"),
            Map.entry("REQUEST_SEARCH", "从申请检索已公开信息"),
            Map.entry("REPORT_READ", "查看政府信息公开工作年度报告"),
            Map.entry("REPORT_START", "开始编写年度报告"),
            Map.entry("REPORT_EDIT", "编写年度报告正文"),
            Map.entry("REPORT_ENTER", "填报年度报告数据"),
            Map.entry("REPORT_SUBMIT", "提交年度报告审核"),
            Map.entry("REPORT_RETURN", "退回年度报告"),
            Map.entry("REPORT_APPROVE", "审核通过年度报告"),
            Map.entry("REPORT_PUBLISH", "发布年度报告"),
            Map.entry("REPORT_CORRECT", "更正年度报告"),
            Map.entry("REPORT_ROLLUP", "汇总所属单位年度报告"),
            Map.entry("REPORT_DUE_READ", "查看乡镇年度报告报送日期"),
            Map.entry("REPORT_DUE_SET", "设定乡镇年度报告报送日期"),
            Map.entry("REPORT_IMPORT", "导入往年年度报告"),
            Map.entry("REQUEST_REPLY_FILE_REMOVE", "从答复中移除文件"),
            Map.entry("REQUEST_MIGRATE", "迁移历史政府信息公开申请"),
            Map.entry("REQUEST_READ", "查看政府信息公开申请"),
            Map.entry("REQUEST_REGISTER", "登记政府信息公开申请"),
            Map.entry("REQUEST_STATISTICS_READ", "查看依申请公开统计"),
            Map.entry("REQUEST_SUBMIT", "在线提交政府信息公开申请"),
            Map.entry("CATALOG_ADJUSTMENT_EXPLAIN", "填写目录调整说明"),
            Map.entry("CATALOG_AREA_CREATE", "新增目录领域"),
            Map.entry("CATALOG_COVERAGE_READ", "查看目录覆盖情况"),
            Map.entry("CATALOG_DRAFT_START", "新建标准目录草稿"),
            Map.entry("CATALOG_GUIDELINES_SEEDED", "载入领域标准指引"),
            Map.entry("CATALOG_IMPORT", "导入标准目录"),
            Map.entry("CATALOG_ITEM_CREATE", "新增目录事项"),
            Map.entry("CATALOG_ITEM_REMOVE", "删除目录事项"),
            Map.entry("CATALOG_ITEM_UPDATE", "修改目录事项"),
            Map.entry("CATALOG_ITEM_TIME_RULE", "设定公开时限规则"),
            Map.entry("CATALOG_PUBLISH", "发布标准目录"),
            Map.entry("CATALOG_READ", "查看标准目录"),
            Map.entry("CATALOG_REVIEW", "审核标准目录"),
            Map.entry("CATALOG_REVIEW_APPROVE", "标准目录审核通过"),
            Map.entry("CATALOG_REVIEW_CHAIN_UPDATE", "修改目录审核链"),
            Map.entry("CATALOG_REVIEW_RETURN", "标准目录审核退回"),
            Map.entry("CATALOG_SUBMIT", "提交标准目录审核"),
            Map.entry("CLEANUP_CLOSE", "完成信息清理"),
            Map.entry("CLEANUP_DECIDE", "作出清理决定"),
            Map.entry("CLEANUP_OPEN", "发起信息清理"),
            Map.entry("CLEANUP_READ", "查看信息清理"),
            Map.entry("GUIDELINE_ITEM_CREATE", "新增指引事项"),
            Map.entry("GUIDELINE_ITEM_REMOVE", "删除指引事项"),
            Map.entry("GUIDELINE_ITEM_UPDATE", "修改指引事项"),
            Map.entry("INFORMATION_ATTACH", "上传附件"),
            Map.entry("INFORMATION_CATALOG_LINK", "关联标准目录事项"),
            Map.entry("INFORMATION_INTERPRETATION", "填写政策解读信息"),
            Map.entry("INFORMATION_CONSULTATION_LINK", "关联决策征求意见"),
            Map.entry("CONSULTATION_CREATE", "起草征求意见"),
            Map.entry("CONSULTATION_UPDATE", "修改征求意见"),
            Map.entry("CONSULTATION_PUBLISH", "发布征求意见"),
            Map.entry("CONSULTATION_READ", "查看征求意见"),
            Map.entry("CONSULTATION_COMMENT", "提交意见"),
            Map.entry("CONSULTATION_CONTACT_READ", "查看意见人联系方式"),
            Map.entry("CONSULTATION_MODERATE", "审核意见"),
            Map.entry("CONSULTATION_FEEDBACK", "填写意见采纳情况"),
            Map.entry("CONSULTATION_FEEDBACK_PUBLISH", "发布意见采纳情况"),
            Map.entry("CONSULTATION_IMPORT", "导入已征求意见"),
            Map.entry("HEARING_CREATE", "起草听证公告"),
            Map.entry("HEARING_UPDATE", "修改听证公告"),
            Map.entry("HEARING_READ", "查看听证"),
            Map.entry("HEARING_ANNOUNCE", "发布听证公告"),
            Map.entry("HEARING_PARTICIPANTS", "确定听证参加人"),
            Map.entry("HEARING_PARTICIPANTS_PUBLISH", "公布听证参加人名单"),
            Map.entry("HEARING_MATERIALS", "登记听证材料送达"),
            Map.entry("HEARING_RESCHEDULE", "听证改期"),
            Map.entry("HEARING_RECORD", "公布听证记录"),
            Map.entry("HEARING_IMPORT", "导入已举行的听证"),
            Map.entry("DECISION_CATALOG_CREATE", "新建决策事项目录"),
            Map.entry("DECISION_CATALOG_READ", "查看决策事项目录"),
            Map.entry("DECISION_CATALOG_PUBLISH", "公布决策事项目录"),
            Map.entry("DECISION_ITEM_ADD", "增加决策事项"),
            Map.entry("DECISION_ITEM_REMOVE", "删除决策事项"),
            Map.entry("DECISION_ITEM_STATUS", "更新决策事项进展"),
            Map.entry("RUBRIC_CHANGE", "修改考核评分标准"),
            Map.entry("RUBRIC_READ", "查看考核评分标准"),
            Map.entry("ASSESSMENT_INDICATORS_READ", "查看考核指标"),
            Map.entry("EVALUATION_READ", "查看年度考核"),
            Map.entry("EVALUATION_ROUND_OPEN", "开展年度考核"),
            Map.entry("EVALUATION_ROUND_REFRESH", "重新计算考核自动得分"),
            Map.entry("EVALUATION_APPRAISAL_OPEN", "开展社会评议"),
            Map.entry("EVALUATION_ROUND_CLOSE", "结束单位自评"),
            Map.entry("EVALUATION_SELF_ASSESS", "保存考核自评"),
            Map.entry("EVALUATION_SUBMIT", "提交考核自评"),
            Map.entry("EVALUATION_EVIDENCE", "上传考核佐证材料"),
            Map.entry("EVALUATION_REVIEW", "审核考核评分"),
            Map.entry("EVALUATION_APPEAL", "考核申诉"),
            Map.entry("EVALUATION_APPEAL_ANSWER", "复核考核申诉"),
            Map.entry("EVALUATION_ROUND_PUBLISH", "公布考核结果"),
            Map.entry("BULLETIN_READ", "查看月度通报"),
            Map.entry("BULLETIN_GENERATE", "生成月度通报"),
            Map.entry("BULLETIN_REVISE", "修改月度通报"),
            Map.entry("BULLETIN_PUBLISH", "发布月度通报"),
            Map.entry("RECTIFICATION_READ", "查看整改任务"),
            Map.entry("RECTIFICATION_CREATE", "下达整改任务"),
            Map.entry("RECTIFICATION_EVIDENCE", "上传整改佐证材料"),
            Map.entry("RECTIFICATION_REPORT", "报送整改情况"),
            Map.entry("RECTIFICATION_REVIEW", "验收整改任务"),
            Map.entry("SURVEY_CREATE", "起草问卷"),
            Map.entry("SURVEY_UPDATE", "修改问卷"),
            Map.entry("SURVEY_READ", "查看问卷"),
            Map.entry("SURVEY_PUBLISH", "发布问卷"),
            Map.entry("SURVEY_RESULTS", "公布问卷结果"),
            Map.entry("SURVEY_ANSWER", "提交答卷"),
            Map.entry("SURVEY_IMPORT", "导入已结束的问卷"),
            Map.entry("RESPONSE_CREATE", "起草回应关切"),
            Map.entry("RESPONSE_PUBLISH", "发布回应关切"),
            Map.entry("ATTENDANCE_CREATE", "起草列席记录"),
            Map.entry("ATTENDANCE_PUBLISH", "公布列席情况"),
            Map.entry("INQUIRY_SUBMIT", "提交咨询建言"),
            Map.entry("INQUIRY_IMPORT", "导入原网站留言"),
            Map.entry("INQUIRY_READ", "查看咨询建言"),
            Map.entry("INQUIRY_CONTACT_READ", "查看留言人联系方式"),
            Map.entry("INQUIRY_ANSWER", "答复咨询建言"),
            Map.entry("INQUIRY_INVALID", "办结无效留言"),
            Map.entry("INQUIRY_TRANSFER", "转办咨询建言"),
            Map.entry("INQUIRY_URGE", "督办咨询建言"),
            Map.entry("INQUIRY_SUPERVISE", "查看咨询建言超期清单"),
            Map.entry("INFORMATION_CORRECT", "开始更正信息"),
            Map.entry("INFORMATION_CORRECTION_ABANDON", "放弃更正"),
            Map.entry("INFORMATION_CREATE", "新建政府信息"),
            Map.entry("INFORMATION_DETACH", "移除附件"),
            Map.entry("INFORMATION_FINDING_ACCEPT", "说明理由接受扫描发现"),
            Map.entry("INFORMATION_FINDING_MASK", "遮盖扫描发现"),
            Map.entry("INFORMATION_GUIDE", "修改公开指南"),
            Map.entry("INFORMATION_GUIDE_SIGN_OFF", "签发公开指南"),
            Map.entry("INFORMATION_GUIDE_SUBMIT", "提交公开指南"),
            Map.entry("INFORMATION_INDEX_PATTERN", "修改索引号规则"),
            Map.entry("INFORMATION_JOINT_ISSUE_CONFIRM", "确认联合发文"),
            Map.entry("INFORMATION_MIGRATE", "迁移已发布信息"),
            Map.entry("INFORMATION_PUBLISH", "发布政府信息"),
            Map.entry("SITE_SAVE", "保存网站设置"),
            Map.entry("SITE_DELETE", "删除网站"),
            Map.entry("SITE_IMPORT", "导入网站清单"),
            Map.entry("SEARCH_SYNONYM_SAVE", "保存检索同义词"),
            Map.entry("SEARCH_SYNONYM_DELETE", "删除检索同义词"),
            Map.entry("SITE_EXPORT", "下载网站清单"),
            Map.entry("INFORMATION_READ", "查看政府信息"),
            Map.entry("INFORMATION_REDACTION_DECIDE", "审核依法处理"),
            Map.entry("INFORMATION_REDACTION_PROPOSE", "提出依法处理"),
            Map.entry("INFORMATION_SECRECY_REVIEW", "保密审查"),
            Map.entry("INFORMATION_SETTINGS_READ", "查看公开设置"),
            Map.entry("INFORMATION_SIGN_OFF", "签发政府信息"),
            Map.entry("INFORMATION_SUBMIT", "提交保密审查"),
            Map.entry("INFORMATION_UPDATE", "修改政府信息"),
            Map.entry("INFORMATION_VALIDITY", "变更有效性"),
            Map.entry("INFORMATION_WITHDRAW", "撤回政府信息"),
            Map.entry("JURISDICTION_CREATE", "新增行政区划"),
            Map.entry("JURISDICTION_UPDATE", "修改行政区划"),
            Map.entry("NEGATIVE_LIST_ENTRY_CREATE", "新增负面清单条目"),
            Map.entry("NEGATIVE_LIST_ENTRY_REMOVE", "删除负面清单条目"),
            Map.entry("NEGATIVE_LIST_PUBLISH", "发布负面清单"),
            Map.entry("NEGATIVE_LIST_READ", "查看负面清单"),
            Map.entry("NEGATIVE_LIST_REVIEW", "审核负面清单"),
            Map.entry("NEGATIVE_LIST_REVIEW_APPROVE", "负面清单审核通过"),
            Map.entry("NEGATIVE_LIST_REVIEW_RETURN", "负面清单审核退回"),
            Map.entry("NEGATIVE_LIST_START", "新建负面清单"),
            Map.entry("NEGATIVE_LIST_SUBMIT", "提交负面清单审核"),
            Map.entry("ORGANIZATION_CONTACT_UPDATE", "修改单位联系方式"),
            Map.entry("ORGANIZATION_LEADER_SAVE", "保存领导信息"),
            Map.entry("ORGANIZATION_LEADER_DELETE", "删除领导信息"),
            Map.entry("ORGANIZATION_OVERVIEW_SAVE", "保存概况信息"),
            Map.entry("ORGANIZATION_CREATE", "新增单位"),
            Map.entry("ORGANIZATION_MOVE", "调整单位隶属"),
            Map.entry("ORGANIZATION_READ", "查看单位"),
            Map.entry("ORGANIZATION_UPDATE", "修改单位"),
            Map.entry("PASSWORD_CHANGE", "修改密码"),
            Map.entry("PASSWORD_POLICY_UPDATE", "修改密码策略"),
            Map.entry("ROLE_GRANT", "授予角色"),
            Map.entry("ROLE_REVOKE", "撤销角色"),
            Map.entry("SECOND_FACTOR_ENROLL", "绑定动态口令"),
            Map.entry("SIGN_IN", "登录"),
            Map.entry("STAFF_CREATE", "新增工作人员账号"),
            Map.entry("STAFF_LIST", "查看工作人员列表"),
            Map.entry("STAFF_MOVE", "调整工作人员所属单位"),
            Map.entry("STAFF_PASSWORD_RESET", "重置密码"),
            Map.entry("API_TOKEN_ISSUE", "签发接口令牌"),
            Map.entry("API_TOKEN_REVOKE", "撤销接口令牌"),
            Map.entry("STAFF_READ", "查看工作人员"),
            Map.entry("STAFF_UPDATE", "修改工作人员账号"),
            Map.entry("WORDING_RULE_CREATE", "新增错敏词"),
            Map.entry("WORDING_RULE_REMOVE", "删除错敏词"));

    /** What the kinds of audited targets are called ({@code information:12} is 政府信息 12). */
    private static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("information", "政府信息"),
            Map.entry("attachment", "附件"),
            Map.entry("staff", "工作人员"),
            Map.entry("organization", "单位"),
            Map.entry("jurisdiction", "行政区划"),
            Map.entry("site", "网站"),
            Map.entry("catalog", "公开事项目录"),
            Map.entry("catalog-area", "目录领域"),
            Map.entry("negative-list", "负面清单"),
            Map.entry("request", "依申请公开申请"),
            Map.entry("annual-report", "年度报告"),
            Map.entry("cleanup", "清理"),
            Map.entry("calendar", "工作日历"),
            Map.entry("synonym", "检索词典词条"),
            Map.entry("wording-rule", "错敏词"));

    /** The target in words: its kind's name and its id ({@code staff:6} → 工作人员 6); unknown kinds as they are. */
    public String target(String target) {
        if (target == null) {
            return "";
        }
        int colon = target.indexOf(':');
        if (colon <= 0) {
            return target;
        }
        String kind = TARGETS.get(target.substring(0, colon));
        return kind == null ? target : kind + " " + target.substring(colon + 1);
    }

    /** The actions whose Chinese names contain these words (the audit search finds 登录 as well as SIGN_IN). */
    public java.util.Set<String> actionsNamed(String words) {
        String w = words == null ? "" : words.strip();
        if (w.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        LABELS.forEach((code, label) -> {
            if (label.contains(w)) {
                out.add(code);
            }
        });
        return out;
    }

    /** The action's Chinese name, or its code when it has none. */
    public String label(String action) {
        return LABELS.getOrDefault(action, action);
    }

    /** Whether the action has a name (a test checks that every audited action has one). */
    static boolean named(String action) {
        return LABELS.containsKey(action);
    }
}

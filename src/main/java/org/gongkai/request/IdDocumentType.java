package org.gongkai.request;

import java.util.Locale;
import org.gongkai.organization.UnifiedSocialCreditCode;
import org.gongkai.shared.ResidentIdNumber;
import org.gongkai.shared.RuleViolation;

/** The identity document an applicant gives (身份证明, 国务院令第711号 第二十九条第一项). */
public enum IdDocumentType {
    RESIDENT_ID("居民身份证", false),
    PASSPORT("护照", false),
    HK_MACAO_PERMIT("港澳居民来往内地通行证", false),
    TAIWAN_PERMIT("台湾居民来往大陆通行证", false),
    FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证", false),
    CREDIT_CODE("统一社会信用代码", true),
    OTHER_ORGANIZATION_DOCUMENT("其他组织证明文件", true);

    private final String label;
    private final boolean organization;

    IdDocumentType(String label, boolean organization) {
        this.label = label;
        this.organization = organization;
    }

    public String label() {
        return label;
    }

    public boolean forOrganization() {
        return organization;
    }

    /** The number as stored (trimmed, upper case), or a message that says what to fix. */
    public String check(String field, String raw) {
        String number = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw new RuleViolation(field, "请填写" + label + "号码（第二十九条要求提供身份证明）。");
        }
        if (number.length() > 40) {
            throw new RuleViolation(field, label + "号码不能超过 40 个字符，请核对。");
        }
        switch (this) {
            case RESIDENT_ID -> ResidentIdNumber.check(field, number);
            case CREDIT_CODE -> UnifiedSocialCreditCode.validate(field, number);
            default -> {
                if (!number.matches("[0-9A-Z()（）\\-]{5,40}")) {
                    throw new RuleViolation(field, label + "号码只能包含数字、字母、括号和连字符，至少 5 位，请核对。");
                }
            }
        }
        return number;
    }
}

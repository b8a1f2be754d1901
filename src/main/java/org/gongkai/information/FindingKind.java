package org.gongkai.information;

import org.gongkai.shared.PersonalInformationFinding;

/** What the pre-sign-off scan looks for: personal information, and the office's list of erroneous or sensitive wording. */
public enum FindingKind {
    ID_NUMBER("居民身份证号码"),
    SUSPECTED_ID_NUMBER("疑似居民身份证号码（校验位不符）"),
    MOBILE_NUMBER("手机号码"),
    BANK_CARD("银行卡号"),
    SUSPECTED_BANK_CARD("疑似银行卡号（校验不符）"),
    EMAIL("电子邮箱"),
    ERRONEOUS_WORDING("错误表述"),
    SENSITIVE_WORDING("敏感表述");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static FindingKind of(PersonalInformationFinding.Kind kind) {
        return valueOf(kind.name());
    }
}

package org.gongkai.shared;

/** One piece of personal information found in a text: what it is, where it stands, and how it reads masked. */
public record PersonalInformationFinding(Kind kind, int start, int end, String masked) {

    public enum Kind {
        ID_NUMBER("居民身份证号码"),
        SUSPECTED_ID_NUMBER("疑似居民身份证号码（校验位不符）"),
        MOBILE_NUMBER("手机号码"),
        BANK_CARD("银行卡号"),
        SUSPECTED_BANK_CARD("疑似银行卡号（校验不符）"),
        EMAIL("电子邮箱");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

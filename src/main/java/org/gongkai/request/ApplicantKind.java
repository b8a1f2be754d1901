package org.gongkai.request;

/**
 * Who applies: a natural person, or a legal person or other organization of one of five kinds — the seven data
 * columns of the annual report's table 三 without its 总计 (国办公开办函〔2021〕30号; RULES §2.3), in that order.
 */
public enum ApplicantKind {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_WELFARE_ORGANIZATION("社会公益组织"),
    LEGAL_SERVICE_ORGANIZATION("法律服务机构"),
    OTHER_ORGANIZATION("其他");

    private final String label;

    ApplicantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 法人或其他组织: identified by a 统一社会信用代码 or another organization document. */
    public boolean isOrganization() {
        return this != NATURAL_PERSON;
    }

    /** The label a form shows: organizations are named as such ("法人或其他组织：商业企业"). */
    public String formLabel() {
        return isOrganization() ? "法人或其他组织：" + (this == OTHER_ORGANIZATION ? "其他组织" : label) : label;
    }
}

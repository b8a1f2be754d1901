package org.gongkai.organization;

public enum OrganizationKind {
    PEOPLES_GOVERNMENT("人民政府"),
    DEPARTMENT("政府工作部门"),
    TOWNSHIP("乡镇人民政府"),
    SUBDISTRICT("街道办事处"),
    VILLAGE_COMMITTEE("村（居）民委员会"),
    PUBLIC_INSTITUTION("公共企事业单位");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the public addresses it: people's governments, their departments (and 派出机关) answer requests for
     * disclosure (国务院令第711号 第二十七条) and the public's questions (咨询建言).
     */
    public boolean answersThePublic() {
        return this == PEOPLES_GOVERNMENT || this == DEPARTMENT || this == TOWNSHIP || this == SUBDISTRICT;
    }

    /** The level whose catalog items and 第二十一条 categories apply: 街道 count as townships, 村（居） as villages. */
    public AdministrativeLevel level() {
        return switch (this) {
            case TOWNSHIP, SUBDISTRICT -> AdministrativeLevel.TOWNSHIP;
            case VILLAGE_COMMITTEE -> AdministrativeLevel.VILLAGE;
            default -> AdministrativeLevel.COUNTY;
        };
    }
}

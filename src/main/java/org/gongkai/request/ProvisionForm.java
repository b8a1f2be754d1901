package org.gongkai.request;

/** The form in which the applicant wants the information (第二十九条第三项, 第四十条). */
public enum ProvisionForm {
    PAPER("纸质"),
    EMAIL("电子邮件"),
    ELECTRONIC_DATA("电子数据（光盘、U 盘等）"),
    INSPECTION("当场查阅、抄录");

    private final String label;

    ProvisionForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

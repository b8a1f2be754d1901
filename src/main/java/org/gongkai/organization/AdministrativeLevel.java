package org.gongkai.organization;

/** 行政层级 of a jurisdiction; also the 公开层级 of catalog items. */
public enum AdministrativeLevel {
    COUNTY("县级", 6),
    TOWNSHIP("乡级", 9),
    VILLAGE("村级", 12);

    private final String label;
    private final int codeLength;

    AdministrativeLevel(String label, int codeLength) {
        this.label = label;
        this.codeLength = codeLength;
    }

    public String label() {
        return label;
    }

    /** GB/T 2260 gives counties 6 digits; township codes add 3, village codes 3 more (统计用区划代码). */
    public int codeLength() {
        return codeLength;
    }
}

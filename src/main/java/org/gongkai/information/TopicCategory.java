package org.gongkai.information;

/** 主题分类: a top-level category (code of two digits) or one of its subcategories (four digits). */
public record TopicCategory(String code, String parentCode, String name, String path) {

    public boolean isTopLevel() {
        return parentCode == null;
    }
}

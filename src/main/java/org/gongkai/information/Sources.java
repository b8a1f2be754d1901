package org.gongkai.information;

/** Names for where in a record a finding was made. */
final class Sources {

    static final String TITLE = "TITLE";
    static final String SUMMARY = "SUMMARY";
    static final String BODY = "BODY";
    static final String ATTACHMENT_PREFIX = "ATTACHMENT:";

    private Sources() {}

    static String attachment(long id) {
        return ATTACHMENT_PREFIX + id;
    }

    static String label(String source, String attachmentName) {
        return switch (source) {
            case TITLE -> "标题";
            case SUMMARY -> "内容概述";
            case BODY -> "正文";
            default -> "附件《" + (attachmentName == null ? "已移除" : attachmentName) + "》";
        };
    }
}

package org.gongkai.catalog;

/** 公开渠道和载体: the standard checklist of RULES.md §3.4, in its printed order. */
public enum Channel {
    GOVERNMENT_WEBSITE("政府网站"),
    GAZETTE("政府公报"),
    WEIBO_WECHAT_APP("两微一端"),
    PRESS_CONFERENCE("发布会/听证会"),
    BROADCAST("广播电视"),
    PRINT_MEDIA("纸质媒体"),
    READING_POINT("公开查阅点"),
    SERVICE_CENTER("政务服务中心"),
    CONVENIENCE_STATION("便民服务站"),
    DOOR_TO_DOOR("入户/现场"),
    NOTICE_BOARD("社区/企事业单位/村公示栏(电子屏)"),
    TARGETED_PUSH("精准推送"),
    HOTLINE_12345("12345政务服务热线"),
    OTHER("其他");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

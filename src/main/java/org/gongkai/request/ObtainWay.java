package org.gongkai.request;

/** How the applicant wants to receive the reply and the information (获取信息的方式、途径, 第二十九条第三项). */
public enum ObtainWay {
    POST("邮寄"),
    EMAIL("电子邮件"),
    PICK_UP("当面领取"),
    ONLINE("在线查看（凭查询码）");

    private final String label;

    ObtainWay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

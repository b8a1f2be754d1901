package org.gongkai.shared.web;

import org.springframework.http.HttpStatus;

/**
 * The one Chinese title and message of each status an error page or the API answers when nothing more specific is
 * known (a refusal or a rule carries its own message). The error controller of the container, the page and the API
 * exception handlers all take them from here.
 */
final class StatusMessages {

    private StatusMessages() {}

    static String title(HttpStatus status) {
        return switch (status.value()) {
            case 401, 403 -> "无权访问";
            case 404 -> "页面不存在";
            case 405 -> "请求方式有误";
            case 413 -> "文件过大";
            case 429 -> "请求过于频繁";
            default -> status.is5xxServerError() ? "系统繁忙" : "请求有误";
        };
    }

    static String message(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "请求有误：链接、地址或表单中有无法识别的内容，请返回上一页重新操作。";
            case 401, 403 -> "您没有访问该页面的权限。";
            case 404 -> "您访问的页面不存在或已被删除。";
            case 405 -> "该地址不支持此请求方式，请从页面上的链接或按钮进入。";
            case 413 -> "提交的内容过大，请压缩或拆分后重试。";
            case 429 -> "您的请求过于频繁，请稍后再试。";
            default -> status.is5xxServerError() ? "系统处理时出现错误，请稍后重试；如果问题持续，请联系系统管理员。" : "请求无法完成，请返回上一页重新操作。";
        };
    }
}

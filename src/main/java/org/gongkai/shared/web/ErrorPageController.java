package org.gongkai.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page for errors the container sends to /error (a malformed address, a refused upload, an exception in a
 * filter): the status as it is, a Chinese message, JSON for the API. Asked for directly, /error is a page that
 * does not exist (it answered 500, issue 9 §28).
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i) : HttpStatus.NOT_FOUND;
        String message = switch (status.value()) {
            case 400 -> "请求有误：地址或表单中有无法识别的内容，请返回上一页重新操作。";
            case 401, 403 -> "您没有访问该页面的权限。";
            case 404 -> "您访问的页面不存在或已被删除。";
            case 405 -> "该地址不支持此请求方式，请从页面上的链接或按钮进入。";
            case 413 -> "提交的内容过大，请压缩或拆分后重试。";
            case 429 -> "您的请求过于频繁，请稍后再试。";
            default -> status.is5xxServerError() ? "系统处理时出现错误，请稍后重试；如果问题持续，请联系系统管理员。"
                    : "请求无法完成，请返回上一页重新操作。";
        };
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", status.value() == 404 ? "页面不存在" : status.is5xxServerError() ? "系统繁忙" : "请求有误");
        model.addAttribute("message", message);
        return "error/page";
    }
}

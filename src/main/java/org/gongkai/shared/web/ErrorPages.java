package org.gongkai.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns exceptions that escape a page controller into a Chinese error page with the right status,
 * never a stack trace. Controllers that show a form catch {@link RuleViolation} themselves and show
 * the message beside the form; what reaches here is a page that cannot be shown at all.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.FORBIDDEN, "无权访问", e.getMessage(), model);
    }

    @ExceptionHandler(RuleViolation.class)
    String rule(RuleViolation e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "无法完成操作", e.getMessage(), model);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        org.apache.tomcat.util.http.InvalidParameterException.class})
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "请求有误", "链接或表单中的参数不正确，请返回上一页重新操作。", model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Exception e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", "上传的文件超过大小限制，请压缩或拆分后重新上传。", model);
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    String badForm(Exception e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "表单内容有误", "表单中有内容格式不正确（例如数字栏填了文字），请返回上一页检查后重新提交。", model);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String method(Exception e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.METHOD_NOT_ALLOWED, "请求方式有误", "该地址不支持此请求方式，请从页面上的链接或按钮进入。", model);
    }

    @ExceptionHandler(org.gongkai.shared.NotFound.class)
    String missing(org.gongkai.shared.NotFound e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.NOT_FOUND, "页面不存在", e.getMessage(), model);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(Exception e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.NOT_FOUND, "页面不存在", "您访问的页面不存在或已被删除。", model);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("未处理的异常", e);
        return page(response, HttpStatus.INTERNAL_SERVER_ERROR, "系统繁忙", "系统处理时出现错误，请稍后重试；如果问题持续，请联系系统管理员。", model);
    }

    private static String page(HttpServletResponse response, HttpStatus status, String title, String message, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "error/page";
    }
}

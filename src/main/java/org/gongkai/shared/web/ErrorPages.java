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
        return page(response, HttpStatus.FORBIDDEN, StatusMessages.title(HttpStatus.FORBIDDEN), e.getMessage(), model);
    }

    @ExceptionHandler(RuleViolation.class)
    String rule(RuleViolation e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "无法完成操作", e.getMessage(), model);
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        org.apache.tomcat.util.http.InvalidParameterException.class
    })
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        return generic(response, HttpStatus.BAD_REQUEST, model);
    }

    /** The container refused the upload before anything was read: say the limits, and that nothing was kept. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Exception e, Model model, HttpServletResponse response) {
        return page(
                response,
                HttpStatus.PAYLOAD_TOO_LARGE,
                "文件过大",
                "上传的文件过大，本次提交未保存。一次提交的文件合计不能超过 12 MB（申请材料每个不超过 5 MB，信息附件每个不超过 10 MB）。" + "请返回上一页，压缩或拆分文件后重新提交。",
                model);
    }

    /** A form field the page never had (items[5000], a nested path): refused before anything is built beyond bounds. */
    @ExceptionHandler({
        org.springframework.validation.BindException.class,
        org.springframework.beans.InvalidPropertyException.class
    })
    String badForm(Exception e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "表单内容有误", "表单中有内容格式不正确（例如数字栏填了文字），请返回上一页检查后重新提交。", model);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String method(Exception e, Model model, HttpServletResponse response) {
        return generic(response, HttpStatus.METHOD_NOT_ALLOWED, model);
    }

    @ExceptionHandler(org.gongkai.shared.NotFound.class)
    String missing(org.gongkai.shared.NotFound e, Model model, HttpServletResponse response) {
        return page(response, HttpStatus.NOT_FOUND, StatusMessages.title(HttpStatus.NOT_FOUND), e.getMessage(), model);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(Exception e, Model model, HttpServletResponse response) {
        return generic(response, HttpStatus.NOT_FOUND, model);
    }

    @ExceptionHandler(org.gongkai.shared.ServiceUnavailable.class)
    String unavailable(org.gongkai.shared.ServiceUnavailable e, Model model, HttpServletResponse response) {
        log.warn("{}：{}", e.getMessage(), e.cause());
        return page(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                StatusMessages.title(HttpStatus.SERVICE_UNAVAILABLE),
                e.getMessage(),
                model);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("未处理的异常", e);
        return generic(response, HttpStatus.INTERNAL_SERVER_ERROR, model);
    }

    private static String generic(HttpServletResponse response, HttpStatus status, Model model) {
        return page(response, status, StatusMessages.title(status), StatusMessages.message(status), model);
    }

    private static String page(
            HttpServletResponse response, HttpStatus status, String title, String message, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "error/page";
    }
}

package org.gongkai.shared.web;

import org.gongkai.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the API as RFC 9457 problem details ({@code application/problem+json}): {@code status}, a Chinese
 * {@code title} and {@code detail} that says what to fix, {@code field} when one parameter is at fault, and, for
 * clients of the first version, {@code error} with the same text as {@code detail}. Never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> rule(RuleViolation e) {
        ResponseEntity<ProblemDetail> answer = body(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
        if (e instanceof org.gongkai.shared.InvalidFields fields
                && fields.errors().size() > 1) {
            answer.getBody().setProperty("errors", fields.errors());
        }
        return answer;
    }

    /** A body that is not JSON, names an unknown value of a list (a step, an outcome), or has a malformed date. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        String detail = tooLarge(e)
                ? BodyTooLarge.MESSAGE
                : "请求正文不是有效的 JSON，或某个字段的值不在允许的范围内（代码须与接口说明一致，日期写作 2025-09-30），请核对后重试。";
        return body(HttpStatus.BAD_REQUEST, detail, null);
    }

    @ExceptionHandler(org.gongkai.shared.NotFound.class)
    ResponseEntity<ProblemDetail> missing(org.gongkai.shared.NotFound e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    /** No token at all is 401 (say who you are); a token whose account lacks the role is 403 with the reason. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            ResponseEntity<ProblemDetail> answer =
                    body(HttpStatus.UNAUTHORIZED, "该接口须凭接口令牌调用：请在请求头中写 Authorization: Bearer 加系统管理员签发的令牌。", null);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(answer.getBody());
        }
        return body(HttpStatus.FORBIDDEN, e.getMessage(), null);
    }

    @ExceptionHandler({
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class,
        org.springframework.validation.BindException.class,
        org.apache.tomcat.util.http.InvalidParameterException.class
    })
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "请求参数有误：请检查地址中的参数（数字、日期、编码）后重试。", null);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(org.gongkai.shared.ServiceUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(org.gongkai.shared.ServiceUnavailable e) {
        log.warn("{}：{}", e.getMessage(), e.cause());
        return body(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse response) {
            return body(status(response), StatusMessages.message(status(response)), null);
        }
        log.error("未处理的异常", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, StatusMessages.message(HttpStatus.INTERNAL_SERVER_ERROR), null);
    }

    private static HttpStatus status(org.springframework.web.ErrorResponse response) {
        HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
        return status == null ? HttpStatus.BAD_REQUEST : status;
    }

    private static ResponseEntity<ProblemDetail> body(HttpStatus status, String message, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(StatusMessages.title(status));
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("error", message);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

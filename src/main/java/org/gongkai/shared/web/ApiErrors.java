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
        return body(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ExceptionHandler(org.gongkai.shared.NotFound.class)
    ResponseEntity<ProblemDetail> missing(org.gongkai.shared.NotFound e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
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

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
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null
                ? HttpStatus.valueOf(i)
                : HttpStatus.NOT_FOUND;
        String message = StatusMessages.message(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", message));
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", StatusMessages.title(status));
        model.addAttribute("message", message);
        return "error/page";
    }
}

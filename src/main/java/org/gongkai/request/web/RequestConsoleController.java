package org.gongkai.request.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import org.gongkai.request.RequestCases;
import org.gongkai.request.RequestHandling;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handler's and the supervising office's pages for request cases. */
@Controller
class RequestConsoleController {

    private final RequestCases cases;
    private final RequestHandling handling;

    RequestConsoleController(RequestCases cases, RequestHandling handling) {
        this.cases = cases;
        this.handling = handling;
    }

    @GetMapping("/console/requests")
    String list(Model model) {
        model.addAttribute("lines", cases.open());
        model.addAttribute("limit", 200);
        return "console/request/list";
    }

    @GetMapping("/console/requests/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) boolean contact, Model model) {
        model.addAttribute("page", cases.page(id));
        if (contact) {
            model.addAttribute("contact", cases.applicantContact(id));
        }
        return "console/request/case";
    }

    @PostMapping("/console/requests/{id}/confirm-receipt")
    String confirmReceipt(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(
                "/console/requests/" + id,
                redirect,
                "已确认收到申请，答复期限开始计算。",
                () -> handling.confirmReceipt(id, lock(version)));
    }
}

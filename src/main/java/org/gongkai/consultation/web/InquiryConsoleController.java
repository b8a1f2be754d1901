package org.gongkai.consultation.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import org.gongkai.consultation.Inquiries;
import org.gongkai.shared.web.ConsoleActions.Done;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 咨询建言 in the console: the unit's inquiries, answering, transfer, closing, and the supervising office's view. */
@Controller
class InquiryConsoleController {

    private final Inquiries inquiries;

    InquiryConsoleController(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    private static String page(long id) {
        return "/console/inquiries/" + id;
    }

    @GetMapping("/console/inquiries")
    String list(Model model) {
        model.addAttribute("lines", inquiries.mine());
        model.addAttribute("supervises", inquiries.supervises());
        model.addAttribute("workingDays", inquiries.answerWorkingDays());
        return "console/inquiry/list";
    }

    @GetMapping("/console/inquiries/supervision")
    String supervision(Model model) {
        model.addAttribute("supervision", inquiries.supervision());
        model.addAttribute("today", inquiries.day());
        return "console/inquiry/supervision";
    }

    @GetMapping("/console/inquiries/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("p", inquiries.page(id));
        return "console/inquiry/show";
    }

    @PostMapping("/console/inquiries/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) String publish,
            @RequestParam(required = false) String notPublishedReason,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已答复。",
                () -> inquiries.answer(id, lock(version), answer, publish != null, notPublishedReason));
    }

    @PostMapping("/console/inquiries/{id}/invalid")
    String invalid(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已作为无效留言办结。", () -> inquiries.declareInvalid(id, lock(version), reason));
    }

    @PostMapping("/console/inquiries/{id}/transfer")
    String transfer(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long toUnit,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(page(id), redirect, () -> {
            inquiries.transfer(id, lock(version), toUnit, reason);
            return new Done("/console/inquiries", "已转办。");
        });
    }

    @PostMapping("/console/inquiries/{id}/urge")
    String urge(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已督办。", () -> inquiries.urge(id, lock(version), note));
    }

    @PostMapping("/console/inquiries/{id}/contact")
    String contact(@PathVariable long id, RedirectAttributes redirect) {
        return act(page(id), redirect, () -> {
            String contact = inquiries.contact(id).orElse(null);
            return new Done(page(id), contact == null ? "提问人未留联系方式。" : "提问人的联系方式：" + contact);
        });
    }
}

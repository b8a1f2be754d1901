package org.gongkai.organization.web;

import jakarta.servlet.http.HttpSession;
import org.gongkai.organization.MyAccount;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff member's own password and second factor. */
@Controller
class AccountConsoleController {

    private final MyAccount account;

    AccountConsoleController(MyAccount account) {
        this.account = account;
    }

    @GetMapping("/console/password")
    String passwordForm(Model model) {
        model.addAttribute(
                "obligation", account.obligation(account.overview().principal().staffId()));
        model.addAttribute("lastReset", account.lastReset().orElse(null));
        return "console/organization/password";
    }

    @PostMapping("/console/password")
    String changePassword(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String repeatedPassword,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        try {
            // this session stays; the account's other sessions end
            session.setAttribute(
                    MyAccount.SIGNED_IN_AT, account.changePassword(currentPassword, newPassword, repeatedPassword));
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return passwordForm(model);
        }
        redirect.addFlashAttribute("notice", "密码已修改。");
        return "redirect:/console";
    }

    @GetMapping("/console/second-factor")
    String enrollForm(Model model) {
        model.addAttribute("enrollment", account.offerEnrollment());
        model.addAttribute("enrolled", account.overview().secondFactorEnrolled());
        return "console/organization/second-factor";
    }

    @PostMapping("/console/second-factor")
    String enroll(
            @RequestParam(required = false) String secret,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String currentCode,
            Model model,
            RedirectAttributes redirect) {
        try {
            account.confirmEnrollment(secret, code, currentPassword, currentCode);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute(
                    "enrollment",
                    account.enrollment(
                            account.overview().principal().username(),
                            secret != null && secret.matches("[A-Z2-7]{16,64}")
                                    ? secret
                                    : account.offerEnrollment().secret()));
            model.addAttribute("enrolled", account.overview().secondFactorEnrolled());
            return "console/organization/second-factor";
        }
        redirect.addFlashAttribute("notice", "动态口令已绑定，今后登录时请填写验证器上的 6 位数字。");
        return "redirect:/console";
    }
}

package org.gongkai.console.web;

import org.gongkai.audit.AuditTrail;
import org.gongkai.organization.MyAccount;
import org.gongkai.request.RequestCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final MyAccount account;
    private final AuditTrail audit;
    private final RequestCases requests;

    DashboardController(MyAccount account, AuditTrail audit, RequestCases requests) {
        this.account = account;
        this.audit = audit;
        this.requests = requests;
    }

    @GetMapping("/console/signin")
    String signIn() {
        return "console/signin";
    }

    @GetMapping("/console")
    String dashboard(Model model) {
        model.addAttribute("overview", account.overview());
        model.addAttribute("recent", audit.myRecentActions(10));
        model.addAttribute("requestReminders", requests.reminders());
        return "console/dashboard";
    }
}

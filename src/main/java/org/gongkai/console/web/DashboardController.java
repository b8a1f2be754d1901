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
    private final org.gongkai.information.InformationReview review;
    private final org.gongkai.organization.OrganizationDirectory directory;
    private final org.gongkai.consultation.Inquiries inquiries;

    DashboardController(
            MyAccount account,
            AuditTrail audit,
            RequestCases requests,
            org.gongkai.information.InformationReview review,
            org.gongkai.organization.OrganizationDirectory directory,
            org.gongkai.consultation.Inquiries inquiries) {
        this.account = account;
        this.audit = audit;
        this.requests = requests;
        this.review = review;
        this.directory = directory;
        this.inquiries = inquiries;
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
        model.addAttribute("waiting", review.waitingForMe());
        model.addAttribute("inquiryReminders", inquiries.reminders());
        model.addAttribute("names", directory.names());
        return "console/dashboard";
    }
}

package org.gongkai.audit.web;

import java.time.LocalDate;
import org.gongkai.audit.AuditQuery;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's view of the trail: search and chain verification. */
@Controller
class AuditConsoleController {

    private final AuditTrail audit;

    AuditConsoleController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/console/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(actor, action, outcome, from, to, page, 50);
        model.addAttribute("query", query);
        model.addAttribute("result", audit.search(query));
        model.addAttribute("outcomes", Outcome.values());
        return "console/audit/trail";
    }

    @PostMapping("/console/audit/verification")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return search(null, null, null, null, null, 0, model);
    }
}

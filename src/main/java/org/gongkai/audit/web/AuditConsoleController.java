package org.gongkai.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gongkai.audit.AuditPage;
import org.gongkai.audit.AuditQuery;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Checkpoint;
import org.gongkai.audit.Outcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's view of the trail: search and chain verification. */
@Controller
class AuditConsoleController {

    private final AuditTrail audit;
    private final AuditActions actions;

    AuditConsoleController(AuditTrail audit, AuditActions actions) {
        this.audit = audit;
        this.actions = actions;
    }

    @GetMapping("/console/audit")
    String search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        java.util.Set<String> named = actions.actionsNamed(action);
        AuditQuery query = new AuditQuery(actor, action, outcome, from, to, Math.max(page, 0), 50, named);
        AuditPage result = audit.search(query);
        if (result.total() > 0 && query.page() >= result.pages()) {
            query = new AuditQuery(actor, action, outcome, from, to, result.pages() - 1, 50, named);
            result = audit.search(query);
        }
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("outcomes", Outcome.values());
        return "console/audit/trail";
    }

    @PostMapping("/console/audit/verification")
    String verify(@RequestParam(required = false) String checkpoint, Model model) {
        model.addAttribute(
                "verification", checkpoint == null || checkpoint.isBlank() ? audit.verify() : audit.verify(checkpoint));
        model.addAttribute("againstCheckpoint", checkpoint != null && !checkpoint.isBlank());
        return search(null, null, null, null, null, 0, model);
    }

    /** A signed checkpoint of the chain's head, downloaded to be kept outside the platform (issue 9 §14). */
    @PostMapping("/console/audit/checkpoint")
    ResponseEntity<byte[]> checkpoint() {
        Checkpoint checkpoint = audit.checkpoint();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit-checkpoint-" + checkpoint.sequence() + ".txt")
                                .build()
                                .toString())
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(checkpoint.text().getBytes(StandardCharsets.UTF_8));
    }
}

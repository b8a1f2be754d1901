package org.gongkai.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page the signed-in staff member and the navigation his roles allow. */
@ControllerAdvice
class ConsoleModel {

    /** Which navigation entries to show; the services still check every action. */
    record Navigation(
            boolean organizations,
            boolean jurisdictions,
            boolean staff,
            boolean policy,
            boolean audit,
            boolean coverage,
            boolean information,
            boolean requests,
            boolean reports,
            boolean sites) {}

    private final AccessControl access;

    ConsoleModel(AccessControl access) {
        this.access = access;
    }

    @ModelAttribute
    void addShell(HttpServletRequest request, Model model) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/console")) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal me)) {
            return;
        }
        model.addAttribute("me", me);
        var grants = access.myGrants();
        boolean sys = grants.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
        boolean sec = grants.stream().anyMatch(g -> g.role() == Role.SECURITY_ADMIN);
        boolean aud = grants.stream().anyMatch(g -> g.role() == Role.AUDIT_ADMIN);
        boolean business = grants.stream().anyMatch(g -> !g.role().isAdministrator());
        boolean supervisor = grants.stream().anyMatch(g -> g.role() == Role.SUPERVISOR);
        boolean requests = grants.stream()
                .anyMatch(g ->
                        g.role() == Role.REQUEST_HANDLER || g.role() == Role.SIGNER || g.role() == Role.SUPERVISOR);
        boolean reports = grants.stream()
                .anyMatch(g -> g.role() == Role.SIGNER || g.role() == Role.SUPERVISOR || g.role() == Role.EDITOR);
        model.addAttribute(
                "nav",
                new Navigation(
                        sys || sec || business,
                        sys,
                        sys || sec,
                        sec,
                        aud,
                        supervisor,
                        business,
                        requests,
                        reports,
                        supervisor));
    }
}

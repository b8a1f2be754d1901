package org.gongkai.organization.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.organization.ApiTokens;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Organization;
import org.gongkai.organization.PasswordPolicy;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffAdministration;
import org.gongkai.organization.StaffDraft;
import org.gongkai.organization.StaffMember;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts (system administrator), their roles (security administrator) and the password policy. */
@Controller
class StaffConsoleController {

    record StaffForm(
            String username, String displayName, String phone, Long organizationId, Boolean enabled, Integer version) {

        static StaffForm of(StaffMember member) {
            return new StaffForm(
                    member.username(),
                    member.displayName(),
                    member.phone(),
                    member.organizationId(),
                    member.enabled(),
                    member.version());
        }

        StaffDraft draft() {
            return new StaffDraft(username, displayName, phone, organizationId);
        }
    }

    /** The role arrives as text so that an unknown value gets a message naming the field, not a binding error. */
    record GrantForm(String role, Long organizationId, Boolean includeSubtree) {

        Role parsedRole() {
            if (role == null || role.isBlank()) {
                return null;
            }
            try {
                return Role.valueOf(role.strip());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("role", "角色“" + role + "”不存在，请从列表中选择角色。");
            }
        }
    }

    record PolicyForm(
            Integer minLength, Integer maxAgeDays, Integer lockoutThreshold, Integer lockoutMinutes, Integer version) {

        PasswordPolicy policy() {
            return new PasswordPolicy(
                    orZero(minLength),
                    orZero(maxAgeDays),
                    orZero(lockoutThreshold),
                    orZero(lockoutMinutes),
                    version == null ? -1 : version);
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }

    private final StaffAdministration staff;
    private final CountyAdministration county;
    private final ApiTokens tokens;
    private final java.time.Clock clock;
    private final String siteUrl;

    StaffConsoleController(
            StaffAdministration staff,
            CountyAdministration county,
            ApiTokens tokens,
            java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${gongkai.site-url}") String siteUrl) {
        this.siteUrl = siteUrl.strip().replaceAll("/+$", "");
        this.tokens = tokens;
        this.clock = clock;
        this.staff = staff;
        this.county = county;
    }

    @GetMapping("/console/staff")
    String list(Model model) {
        model.addAttribute("accounts", staff.visibleAccounts());
        model.addAttribute("organizationNames", organizationNames());
        model.addAttribute("canCreate", county.canCreateOrganizations());
        return "console/organization/staff-list";
    }

    @GetMapping("/console/staff/new")
    String newForm(Model model) {
        return form(model, new StaffForm(null, null, null, null, true, null), null);
    }

    @PostMapping("/console/staff/new")
    String create(StaffForm form, Model model) {
        try {
            StaffAdministration.OneTimePassword created = staff.createAccount(form.draft());
            model.addAttribute("created", created);
            return "console/organization/one-time-password";
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, form, null);
        }
    }

    @GetMapping("/console/staff/{id}")
    String show(@PathVariable long id, Model model) {
        StaffMember member = staff.account(id);
        return form(model, StaffForm.of(member), member);
    }

    @PostMapping("/console/staff/{id}")
    String update(@PathVariable long id, StaffForm form, Model model, RedirectAttributes redirect) {
        StaffMember member = staff.account(id);
        try {
            staff.updateAccount(
                    id,
                    form.version() == null ? -1 : form.version(),
                    form.draft(),
                    Boolean.TRUE.equals(form.enabled()));
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, form, member);
        }
        redirect.addFlashAttribute("notice", "已保存账号信息。");
        return "redirect:/console/staff/" + id;
    }

    @PostMapping("/console/staff/{id}/password-reset")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        try {
            model.addAttribute("created", staff.resetPassword(id, reason));
        } catch (RuleViolation e) {
            StaffMember member = staff.account(id);
            model.addAttribute("error", e);
            return form(model, StaffForm.of(member), member);
        }
        model.addAttribute("reset", true);
        return "console/organization/one-time-password";
    }

    @PostMapping("/console/staff/{id}/grants")
    String grant(@PathVariable long id, GrantForm form, Model model, RedirectAttributes redirect) {
        StaffMember member = staff.account(id);
        Role role;
        try {
            role = form.parsedRole();
            staff.grantRole(id, role, form.organizationId(), Boolean.TRUE.equals(form.includeSubtree()));
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, StaffForm.of(member), member);
        }
        redirect.addFlashAttribute("notice", "已授予角色“" + role.label() + "”。");
        return "redirect:/console/staff/" + id;
    }

    @PostMapping("/console/staff/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        staff.revokeGrant(grantId);
        redirect.addFlashAttribute("notice", "已撤销该角色。");
        return "redirect:/console/staff/" + id;
    }

    @PostMapping("/console/staff/{id}/api-tokens")
    String issueToken(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer days,
            Model model) {
        try {
            model.addAttribute("issued", tokens.issue(id, name, days));
            model.addAttribute("siteUrl", siteUrl);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            StaffMember member = staff.account(id);
            return form(model, StaffForm.of(member), member);
        }
        return "console/organization/api-token";
    }

    @PostMapping("/console/staff/{id}/api-tokens/{tokenId}/revoke")
    String revokeToken(
            @PathVariable long id,
            @PathVariable long tokenId,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        tokens.revoke(tokenId, version == null ? -1 : version);
        redirect.addFlashAttribute("notice", "已撤销该接口令牌，使用它的调用随即失败。");
        return "redirect:/console/staff/" + id;
    }

    @GetMapping("/console/password-policy")
    String policy(Model model) {
        PasswordPolicy p = staff.policy();
        model.addAttribute(
                "form",
                new PolicyForm(p.minLength(), p.maxAgeDays(), p.lockoutThreshold(), p.lockoutMinutes(), p.version()));
        return "console/organization/password-policy";
    }

    @PostMapping("/console/password-policy")
    String updatePolicy(PolicyForm form, Model model, RedirectAttributes redirect) {
        try {
            staff.updatePolicy(form.policy());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute("form", form);
            return "console/organization/password-policy";
        }
        redirect.addFlashAttribute("notice", "密码策略已保存。");
        return "redirect:/console/password-policy";
    }

    private String form(Model model, StaffForm form, StaffMember member) {
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("organizations", county.visibleOrganizations());
        model.addAttribute("roles", Role.values());
        if (member != null) {
            model.addAttribute("grants", staff.grantsOf(member.id()));
            model.addAttribute("canManage", staff.canManageAccount(member));
            model.addAttribute("canGrant", staff.canGrantRoles(member));
            boolean canManageTokens = tokens.canManage(member);
            model.addAttribute("canManageTokens", canManageTokens);
            model.addAttribute("tokens", canManageTokens ? tokens.of(member.id()) : java.util.List.of());
            model.addAttribute("now", clock.instant());
        } else {
            model.addAttribute("canManage", true);
            model.addAttribute("canGrant", false);
        }
        return "console/organization/staff";
    }

    private Map<Long, String> organizationNames() {
        return county.visibleOrganizations().stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
    }
}

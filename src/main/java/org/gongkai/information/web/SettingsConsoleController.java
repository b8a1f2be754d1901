package org.gongkai.information.web;

import static org.gongkai.shared.web.ConsoleActions.act;

import java.util.List;
import org.gongkai.information.OpennessSettings;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Organization;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit's 索引号 pattern and the editable part of its 政府信息公开指南. */
@Controller
class SettingsConsoleController {

    private static final String PAGE = "/console/information/settings";

    private final OpennessSettings settings;
    private final CountyAdministration county;
    private final AccessControl access;

    SettingsConsoleController(OpennessSettings settings, CountyAdministration county, AccessControl access) {
        this.settings = settings;
        this.county = county;
        this.access = access;
    }

    @GetMapping(PAGE)
    String settings(@RequestParam(required = false) Long organizationId, Model model) {
        List<Organization> units = county.visibleOrganizations();
        Long chosen = access.defaultUnit(organizationId, units);
        model.addAttribute("units", units);
        model.addAttribute("unitId", chosen);
        if (chosen != null) {
            model.addAttribute("indexPattern", settings.indexPattern(chosen));
            model.addAttribute("guideText", settings.guideText(chosen));
            model.addAttribute("canSetIndexPattern", settings.canSetIndexPattern(chosen));
            model.addAttribute("canEditGuide", settings.canEditGuide(chosen));
            model.addAttribute("guideDraft", settings.guideDraft(chosen).orElse(null));
            model.addAttribute("canSignOffGuide", settings.canSignOffGuide(chosen));
        }
        return "console/information/settings";
    }

    @PostMapping(PAGE + "/index-pattern")
    String indexPattern(
            @RequestParam long organizationId,
            @RequestParam(required = false) String indexPattern,
            RedirectAttributes redirect) {
        return act(
                PAGE + "?organizationId=" + organizationId,
                redirect,
                "索引号规则已保存，此后发布的信息按新规则编号。",
                () -> settings.setIndexPattern(organizationId, indexPattern));
    }

    @PostMapping(PAGE + "/guide")
    String guide(
            @RequestParam long organizationId,
            @RequestParam(required = false) String guideText,
            RedirectAttributes redirect) {
        return act(
                PAGE + "?organizationId=" + organizationId,
                redirect,
                "指南补充内容已提交签发；签发后门户更新。",
                () -> settings.setGuideText(organizationId, guideText));
    }

    @PostMapping(PAGE + "/guide/sign-off")
    String signOffGuide(
            @RequestParam long organizationId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String guideComment,
            RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        return act(
                PAGE + "?organizationId=" + organizationId,
                redirect,
                approve ? "已签发，门户上的指南已更新。" : "已退回。",
                () -> settings.signOffGuide(organizationId, version == null ? -1 : version, approve, guideComment));
    }
}

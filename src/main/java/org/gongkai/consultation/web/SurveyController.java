package org.gongkai.consultation.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.consultation.Survey;
import org.gongkai.consultation.Surveys;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.FormDates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 问卷调查 in the console (writing, publishing, results) and on the portal (answering without JavaScript, once per
 * browser — the page sets a random token cookie the answer is keyed by — and the published results with a chart).
 */
@Controller
class SurveyController {

    static final String COOKIE = "gk_survey";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Surveys surveys;
    private final OrganizationDirectory directory;

    SurveyController(Surveys surveys, OrganizationDirectory directory) {
        this.surveys = surveys;
        this.directory = directory;
    }

    private static String page(long id) {
        return "/console/surveys/" + id;
    }

    @GetMapping("/console/surveys")
    String list(Model model) {
        model.addAttribute("surveys", surveys.mine());
        model.addAttribute("names", directory.names());
        model.addAttribute("today", surveys.day());
        model.addAttribute(
                "draftable",
                directory.tree().stream()
                        .map(OrganizationDirectory.Entry::organization)
                        .filter(o -> surveys.canDraft(o.id()))
                        .toList());
        return "console/survey/list";
    }

    @GetMapping("/console/surveys/new")
    String newForm(@RequestParam long organizationId, Model model) {
        Organization unit = directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        if (!surveys.canDraft(organizationId)) {
            throw new AccessDeniedException("您不是该单位的编辑人员。");
        }
        return form(
                model,
                unit,
                new SurveyForm(
                        null,
                        null,
                        surveys.day().toString(),
                        surveys.day().plusDays(29).toString(),
                        "单选：您对……是否满意？\n- 满意\n- 基本满意\n- 不满意\n\n多选：您希望优先……？（可多选）\n- 选项一\n- 选项二\n\n填空：您的其他意见和建议",
                        null),
                null);
    }

    @PostMapping("/console/surveys")
    String create(
            @RequestParam long organizationId,
            @ModelAttribute SurveyForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = surveys.create(organizationId, form.draft());
            redirect.addFlashAttribute("notice", "已保存问卷草稿。");
            return "redirect:" + page(id);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, directory.find(organizationId).orElseThrow(), form, null);
        }
    }

    @GetMapping("/console/surveys/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Survey s = surveys.find(id);
        return form(
                model,
                directory.find(s.organizationId()).orElseThrow(),
                new SurveyForm(
                        s.title(),
                        s.description(),
                        s.opensOn().toString(),
                        s.closesOn().toString(),
                        Surveys.format(s.questions()),
                        s.version()),
                s);
    }

    @PostMapping("/console/surveys/{id}")
    String update(@PathVariable long id, @ModelAttribute SurveyForm form, Model model, RedirectAttributes redirect) {
        try {
            surveys.update(id, lock(form.version()), form.draft());
            redirect.addFlashAttribute("notice", "已保存。");
            return "redirect:" + page(id);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            Survey s = surveys.find(id);
            return form(model, directory.find(s.organizationId()).orElseThrow(), form, s);
        }
    }

    private String form(Model model, Organization unit, SurveyForm form, Survey existing) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        return "console/survey/form";
    }

    @GetMapping("/console/surveys/{id}")
    String show(@PathVariable long id, Model model) {
        Survey s = surveys.find(id);
        model.addAttribute("survey", s);
        model.addAttribute("phase", s.phase(surveys.day()));
        model.addAttribute("unit", directory.find(s.organizationId()).orElseThrow());
        model.addAttribute("results", surveys.staffResults(id));
        Map<Integer, List<String>> texts = new HashMap<>();
        for (Survey.Question q : s.questions()) {
            if (q.kind() == Survey.Kind.TEXT) {
                texts.put(q.position(), surveys.textAnswers(id, q.position()));
            }
        }
        model.addAttribute("texts", texts);
        model.addAttribute("canDraft", surveys.canDraft(s.organizationId()));
        model.addAttribute("canPublish", surveys.canPublish(s.organizationId()));
        model.addAttribute("closed", surveys.day().isAfter(s.closesOn()));
        return "console/survey/show";
    }

    @PostMapping("/console/surveys/{id}/publication")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes r) {
        return act(page(id), r, "已发布问卷。", () -> surveys.publish(id, lock(version)));
    }

    @PostMapping("/console/surveys/{id}/results")
    String results(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String summary,
            RedirectAttributes r) {
        return act(page(id), r, "已公布调查结果。", () -> surveys.publishResults(id, lock(version), summary));
    }

    // --- portal --------------------------------------------------------------------------------------------------

    @GetMapping("/participation/surveys")
    String publicList(Model model) {
        model.addAttribute("surveys", surveys.published());
        model.addAttribute("names", directory.names());
        model.addAttribute("today", surveys.day());
        return "portal/survey/list";
    }

    private static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    @GetMapping("/participation/surveys/{id}")
    String publicShow(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        String token = token(request);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setPath("/participation/surveys");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(60 * 60 * 24 * 400);
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
        }
        return publicPage(id, model, surveys.answered(id, token), null, Map.of());
    }

    private String publicPage(long id, Model model, boolean answered, String message, Map<String, String[]> typed) {
        Survey s = surveys.publicSurvey(id);
        model.addAttribute("survey", s);
        model.addAttribute("unitName", directory.names().getOrDefault(s.organizationId(), ""));
        model.addAttribute("phase", s.phase(surveys.day()));
        model.addAttribute("open", s.isOpen(surveys.day()));
        model.addAttribute("answered", answered);
        model.addAttribute("message", message);
        model.addAttribute("typed", typed);
        model.addAttribute("results", s.status() == Survey.Status.RESULTS_PUBLISHED ? surveys.publicResults(id) : null);
        return "portal/survey/show";
    }

    @PostMapping("/participation/surveys/{id}")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) String website,
            HttpServletRequest request,
            Model model) {
        Survey s = surveys.publicSurvey(id);
        Map<Integer, List<Integer>> choices = new HashMap<>();
        Map<Integer, String> texts = new HashMap<>();
        for (Survey.Question q : s.questions()) {
            String[] values = request.getParameterValues("q" + q.position());
            if (values == null) {
                continue;
            }
            if (q.kind() == Survey.Kind.TEXT) {
                texts.put(q.position(), values[0]);
                continue;
            }
            List<Integer> picks = new ArrayList<>();
            for (int i = 0; i < Math.min(values.length, 50); i++) {
                try {
                    picks.add(Integer.valueOf(values[i].strip()));
                } catch (NumberFormatException e) {
                    picks.add(-1);
                }
            }
            choices.put(q.position(), picks);
        }
        Map<String, String[]> typed = request.getParameterMap();
        if (website != null && !website.isBlank()) {
            return publicPage(id, model, false, "提交未成功：请不要填写页面上标注“请勿填写”的项目，然后重新提交。", typed);
        }
        try {
            surveys.answer(id, token(request), request.getRemoteAddr(), choices, texts);
            model.addAttribute("survey", s);
            return "portal/survey/answered";
        } catch (RuleViolation e) {
            return publicPage(id, model, surveys.answered(id, token(request)), e.getMessage(), typed);
        }
    }

    /** The questionnaire form, kept as typed when a rule is broken. */
    record SurveyForm(
            String title, String description, String opensOn, String closesOn, String questions, Integer version) {
        Surveys.SurveyDraft draft() {
            return new Surveys.SurveyDraft(
                    title,
                    description,
                    FormDates.date("opensOn", opensOn, "开始日期"),
                    FormDates.date("closesOn", closesOn, "截止日期"),
                    Surveys.parseQuestions(questions));
        }
    }
}

package org.gongkai.assessment.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.assessment.EvaluationRound;
import org.gongkai.assessment.Evaluations;
import org.gongkai.assessment.EvidenceUpload;
import org.gongkai.assessment.Rectifications;
import org.gongkai.assessment.Rubrics;
import org.gongkai.shared.web.ConsoleActions.Done;
import org.gongkai.shared.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 年度考核 in the console: the rounds, one round with its units, and a unit's evaluation — its self-assessment with
 * evidence, the office's review, the appeal; and the hub of 监督考核.
 */
@Controller
class EvaluationController {

    private final Evaluations evaluations;
    private final Rubrics rubrics;
    private final Rectifications rectifications;

    EvaluationController(Evaluations evaluations, Rubrics rubrics, Rectifications rectifications) {
        this.evaluations = evaluations;
        this.rubrics = rubrics;
        this.rectifications = rectifications;
    }

    private static String roundPage(long id) {
        return "/console/assessment/rounds/" + id;
    }

    private static String page(long id) {
        return "/console/assessment/evaluations/" + id;
    }

    @GetMapping("/console/assessment")
    String hub(Model model) {
        model.addAttribute("rounds", evaluations.rounds());
        model.addAttribute("tasks", rectifications.mine());
        model.addAttribute("today", evaluations.today());
        model.addAttribute("isOffice", evaluations.isOffice());
        return "console/assessment/hub";
    }

    @GetMapping("/console/assessment/rounds")
    String rounds(Model model) {
        model.addAttribute("rounds", evaluations.rounds());
        model.addAttribute("isOffice", evaluations.isOffice());
        if (evaluations.isOffice()) {
            model.addAttribute("rubrics", rubrics.all());
            model.addAttribute("thisYear", evaluations.today().getYear());
        }
        return "console/assessment/rounds";
    }

    @PostMapping("/console/assessment/rounds")
    String open(
            @RequestParam(required = false) Long rubricId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selfDueOn,
            RedirectAttributes redirect) {
        return act("/console/assessment/rounds", redirect, () -> {
            long id = evaluations.open(rubricId, year, selfDueOn);
            return new Done(roundPage(id), "已开展考核，各单位可以开始自评。");
        });
    }

    @GetMapping("/console/assessment/rounds/{id}")
    String round(@PathVariable long id, Model model) {
        model.addAttribute("view", evaluations.round(id));
        model.addAttribute("isOffice", evaluations.isOffice());
        model.addAttribute("today", evaluations.today());
        return "console/assessment/round";
    }

    @PostMapping("/console/assessment/rounds/{id}/refresh")
    String refresh(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(roundPage(id), redirect, "已按平台数据重新计算自动得分。", () -> evaluations.refresh(id, lock(version)));
    }

    @PostMapping("/console/assessment/rounds/{id}/appraisal")
    String appraisal(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            RedirectAttributes redirect) {
        return act(
                roundPage(id),
                redirect,
                "已在门户网站开展社会评议：每个单位一份评议问卷。",
                () -> evaluations.openAppraisal(id, lock(version), opensOn, closesOn));
    }

    @PostMapping("/console/assessment/rounds/{id}/closing")
    String close(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(roundPage(id), redirect, "单位自评已结束，可以审核。", () -> evaluations.closeSelfAssessment(id, lock(version)));
    }

    @PostMapping("/console/assessment/rounds/{id}/bulk-review")
    String confirmAll(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(roundPage(id), redirect, () -> {
            Evaluations.BulkReview done = evaluations.confirmAll(id, lock(version));
            String message = done.confirmed().isEmpty()
                    ? "没有可以一次审核完成的单位。"
                    : "已审核完成 " + done.confirmed().size() + " 个单位（采用已有得分）。";
            if (!done.left().isEmpty()) {
                message +=
                        "以下 " + done.left().size() + " 个单位有需要评分或说明理由的项目，请逐个审核：" + String.join("、", done.left()) + "。";
            }
            return new Done(roundPage(id), message);
        });
    }

    @PostMapping("/console/assessment/rounds/{id}/publication")
    String publish(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        return act(roundPage(id), redirect, () -> {
            int tasks = evaluations.publish(id, lock(version), dueOn);
            return new Done(roundPage(id), "考核结果已在门户网站公布" + (tasks == 0 ? "。" : "，已向 " + tasks + " 个单位下达整改任务。"));
        });
    }

    // --- a unit's evaluation -------------------------------------------------------------------------------------

    @GetMapping("/console/assessment/evaluations/{id}")
    String evaluation(@PathVariable long id, Model model) {
        Evaluations.View view = evaluations.evaluation(id);
        model.addAttribute("view", view);
        model.addAttribute("isOffice", evaluations.isOffice());
        model.addAttribute("writes", evaluations.writesFor(view.unit().id()));
        model.addAttribute("open", view.round().status() != EvaluationRound.Status.PUBLISHED);
        return "console/assessment/evaluation";
    }

    /** The values of the form's fields named {@code prefix + itemId}, by item id; other fields ignored. */
    static Map<Long, String> byItem(Map<String, String> params, String prefix) {
        Map<Long, String> out = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length() && name.length() < prefix.length() + 19) {
                String digits = name.substring(prefix.length());
                if (digits.chars().allMatch(Character::isDigit)) {
                    out.put(Long.parseLong(digits), value);
                }
            }
        });
        return out;
    }

    @PostMapping("/console/assessment/evaluations/{id}/self")
    String saveSelf(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已保存自评。",
                params,
                () -> evaluations.saveSelfAssessment(
                        id,
                        lock(version(params)),
                        new Evaluations.SelfAssessment(
                                params.get("summary"), byItem(params, "score-"), byItem(params, "note-"))));
    }

    private static Integer version(Map<String, String> params) {
        try {
            return params.get("version") == null ? null : Integer.valueOf(params.get("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @PostMapping("/console/assessment/evaluations/{id}/evidence")
    String evidence(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long itemId,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已上传佐证材料。",
                () -> evaluations.addEvidence(id, lock(version), itemId, posted(files)));
    }

    /** The posted files as the services take them (the container has bounded their sizes already). */
    static List<EvidenceUpload> posted(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> f != null && !f.isEmpty())
                .limit(EvidenceUpload.MAX_READ)
                .map(f -> {
                    try {
                        return new EvidenceUpload(f.getOriginalFilename(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    @PostMapping("/console/assessment/evaluations/{id}/submission")
    String submit(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "已提交自评，等待考核审核。", () -> evaluations.submit(id, lock(version)));
    }

    @PostMapping("/console/assessment/evaluations/{id}/review")
    String review(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        boolean confirm = "confirm".equals(params.get("step"));
        return act(
                page(id),
                redirect,
                confirm ? "审核完成，已确定总分和等次。" : "已保存审核评分。",
                params,
                () -> evaluations.review(id, lock(version(params)), review(params), confirm));
    }

    private static Evaluations.Review review(Map<String, String> params) {
        return new Evaluations.Review(byItem(params, "final-"), byItem(params, "reason-"));
    }

    @PostMapping("/console/assessment/evaluations/{id}/reopening")
    String reopen(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "已退回重新审核。", () -> evaluations.reopen(id, lock(version)));
    }

    @PostMapping("/console/assessment/evaluations/{id}/appeal")
    String appeal(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已提交申诉，等待复核。", () -> evaluations.appeal(id, lock(version), reason));
    }

    @PostMapping("/console/assessment/evaluations/{id}/appeal-answer")
    String answer(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已复核申诉。",
                params,
                () -> evaluations.answerAppeal(id, lock(version(params)), review(params), params.get("answer")));
    }

    @GetMapping("/console/assessment/evidence/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long fileId) {
        Evaluations.Opened f = evaluations.evidence(fileId);
        return Downloads.bytes(f.fileName(), f.mediaType(), f.content());
    }
}

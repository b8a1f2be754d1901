package org.gongkai.assessment.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.assessment.Bulletin;
import org.gongkai.assessment.BulletinFiles;
import org.gongkai.assessment.Bulletins;
import org.gongkai.assessment.Indicators;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.ConsoleActions.Done;
import org.gongkai.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 月度通报: drafted and published in the console, read and downloaded on the portal. */
@Controller
class BulletinController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Bulletins bulletins;
    private final BulletinFiles files;
    private final Indicators indicators;

    BulletinController(Bulletins bulletins, BulletinFiles files, Indicators indicators) {
        this.bulletins = bulletins;
        this.files = files;
        this.indicators = indicators;
    }

    private static String page(long id) {
        return "/console/assessment/bulletins/" + id;
    }

    private static void charts(Model model, Bulletin b) {
        model.addAttribute("bars", BulletinCharts.bars("bars", b.content()));
        model.addAttribute("trend", BulletinCharts.trend("trend", b.content()));
    }

    @GetMapping("/console/assessment/bulletins")
    String list(Model model) {
        model.addAttribute("bulletins", bulletins.all());
        model.addAttribute("isOffice", bulletins.isOffice());
        LocalDate today = indicators.today();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        model.addAttribute("months", months);
        return "console/assessment/bulletins";
    }

    @PostMapping("/console/assessment/bulletins")
    String generate(@RequestParam(required = false) String month, RedirectAttributes redirect) {
        return act("/console/assessment/bulletins", redirect, () -> {
            long id = bulletins.generate(month(month));
            return new Done(page(id), "已生成月度通报，请审核后发布。");
        });
    }

    private static YearMonth month(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(typed.length() > 7 ? "" : typed);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(
                    "month", "月份“" + typed.substring(0, Math.min(typed.length(), 7)) + "”的格式应为 2026-11。");
        }
    }

    @GetMapping("/console/assessment/bulletins/{id}")
    String show(@PathVariable long id, Model model) {
        Bulletin b = bulletins.find(id);
        model.addAttribute("bulletin", b);
        model.addAttribute("isOffice", bulletins.isOffice());
        charts(model, b);
        return "console/assessment/bulletin";
    }

    @PostMapping("/console/assessment/bulletins/{id}/remarks")
    String remarks(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String remarks,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已保存通报意见。", () -> bulletins.saveRemarks(id, lock(version), remarks));
    }

    @PostMapping("/console/assessment/bulletins/{id}/regeneration")
    String regenerate(@PathVariable long id, RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已按平台当前数据重新生成。",
                () -> bulletins.generate(bulletins.find(id).month()));
    }

    @PostMapping("/console/assessment/bulletins/{id}/publication")
    String publish(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "月度通报已在门户网站发布。", () -> bulletins.publish(id, lock(version)));
    }

    @GetMapping("/console/assessment/bulletins/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(bulletins.find(id), "docx");
    }

    @GetMapping("/console/assessment/bulletins/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(bulletins.find(id), "pdf");
    }

    private ResponseEntity<byte[]> file(Bulletin b, String format) {
        return "pdf".equals(format)
                ? Downloads.bytes(b.title() + ".pdf", "application/pdf", files.pdf(b))
                : Downloads.bytes(b.title() + ".docx", DOCX, files.docx(b));
    }

    // --- portal --------------------------------------------------------------------------------------------------

    @GetMapping("/openness/bulletins")
    String published(Model model) {
        model.addAttribute("bulletins", bulletins.published());
        return "portal/assessment/bulletins";
    }

    @GetMapping("/openness/bulletins/{id}")
    String publicBulletin(@PathVariable long id, Model model) {
        Bulletin b = bulletins.publicBulletin(id);
        model.addAttribute("bulletin", b);
        charts(model, b);
        return "portal/assessment/bulletin";
    }

    @GetMapping("/openness/bulletins/{id}.docx")
    ResponseEntity<byte[]> publicDocx(@PathVariable long id) {
        return file(bulletins.publicBulletin(id), "docx");
    }

    @GetMapping("/openness/bulletins/{id}.pdf")
    ResponseEntity<byte[]> publicPdf(@PathVariable long id) {
        return file(bulletins.publicBulletin(id), "pdf");
    }
}

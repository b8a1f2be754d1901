package org.gongkai.consultation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.gongkai.shared.crypto.KeyRing;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问卷调查 (国务院令第713号 第十四条; issue 15 §8). An editor writes the questionnaire (single, multiple, free text), a
 * signer publishes it for its period; the public answers once per person: a second answer from the same browser is
 * refused by a keyed hash of its token (unique per survey), and one network address gives at most {@value
 * #PER_NETWORK} answers — only keyed hashes are stored, never the token or the address. After the period a signer
 * publishes the results (counts per option, free-text answers counted) with a summary.
 */
@Service
public class Surveys {

    static final int MAX_QUESTIONS = 50;
    static final int MAX_OPTIONS = 20;
    static final int MAX_QUESTION_TEXT = 300;
    static final int MAX_OPTION_TEXT = 100;
    static final int MAX_TEXT_ANSWER = 1000;
    /** Answers one network address gives to one survey: a household or an office behind one address, not a script. */
    static final int PER_NETWORK = 30;

    private final SurveyRepository repository;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final byte[] voterKey;

    Surveys(
            SurveyRepository repository,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            KeyRing keys,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.voterKey = keys.derive("survey-voter", 32);
    }

    /** What an editor writes: the questions already parsed ({@link #parseQuestions}). */
    public record SurveyDraft(
            String title, String description, LocalDate opensOn, LocalDate closesOn, List<Survey.Question> questions) {}

    private static String target(long id) {
        return "survey:" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate day() {
        return today();
    }

    private Survey load(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("该问卷不存在。"));
    }

    /**
     * The questions as an editor types them without JavaScript: blocks separated by a blank line; a block's first line
     * is “单选：”, “多选：” or “填空：” and the question, its other lines the options, each starting with “-”.
     */
    public static List<Survey.Question> parseQuestions(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new RuleViolation("questions", "请填写问题。");
        }
        if (typed.length() > MAX_QUESTIONS * (MAX_QUESTION_TEXT + MAX_OPTIONS * (MAX_OPTION_TEXT + 4) + 10)) {
            throw new RuleViolation("questions", "问题过长，请精简。");
        }
        List<Survey.Question> questions = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : (typed + "\n\n").lines().toList()) {
            String l = line.strip();
            if (!l.isEmpty()) {
                block.add(l);
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            int n = questions.size() + 1;
            if (n > MAX_QUESTIONS) {
                throw new RuleViolation("questions", "问卷最多 " + MAX_QUESTIONS + " 个问题。");
            }
            String head = block.get(0);
            Survey.Kind kind = null;
            for (Survey.Kind k : Survey.Kind.values()) {
                if (head.startsWith(k.label() + "：") || head.startsWith(k.label() + ":")) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new RuleViolation(
                        "questions", "第 " + n + " 题须以“单选：”“多选：”或“填空：”开头（现为“" + abbreviate(head) + "”）。");
            }
            String question = head.substring(kind.label().length() + 1).strip();
            if (question.isEmpty() || question.length() > MAX_QUESTION_TEXT) {
                throw new RuleViolation("questions", "第 " + n + " 题：请写问题，不超过 " + MAX_QUESTION_TEXT + " 字。");
            }
            List<String> options = new ArrayList<>();
            for (String o : block.subList(1, block.size())) {
                if (!(o.startsWith("-") || o.startsWith("－"))) {
                    throw new RuleViolation(
                            "questions", "第 " + n + " 题的选项须以“-”开头（现为“" + abbreviate(o) + "”）；题与题之间空一行。");
                }
                String option = o.substring(1).strip();
                if (option.isEmpty() || option.length() > MAX_OPTION_TEXT) {
                    throw new RuleViolation("questions", "第 " + n + " 题：每个选项须有内容，不超过 " + MAX_OPTION_TEXT + " 字。");
                }
                options.add(option);
            }
            if (kind == Survey.Kind.TEXT && !options.isEmpty()) {
                throw new RuleViolation("questions", "第 " + n + " 题是填空题，不需要选项。");
            }
            if (kind != Survey.Kind.TEXT && (options.size() < 2 || options.size() > MAX_OPTIONS)) {
                throw new RuleViolation("questions", "第 " + n + " 题：选择题须有 2 至 " + MAX_OPTIONS + " 个选项。");
            }
            if (new LinkedHashSet<>(options).size() != options.size()) {
                throw new RuleViolation("questions", "第 " + n + " 题有重复的选项。");
            }
            questions.add(new Survey.Question(n, kind, question, List.copyOf(options)));
            block.clear();
        }
        return questions;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** The questions as the editor typed them, to edit again. */
    public static String format(List<Survey.Question> questions) {
        StringBuilder s = new StringBuilder();
        for (Survey.Question q : questions) {
            if (!s.isEmpty()) {
                s.append("\n\n");
            }
            s.append(q.kind().label()).append("：").append(q.text());
            q.options().forEach(o -> s.append("\n- ").append(o));
        }
        return s.toString();
    }

    private SurveyDraft validate(SurveyDraft d) {
        String title = Texts.required("title", d.title(), 300, "问卷标题");
        String description = Texts.required("description", d.description(), Consultations.MAX_TEXT, "问卷说明");
        if (d.opensOn() == null || d.closesOn() == null) {
            throw new RuleViolation("opensOn", "请填写调查的开始和截止日期。");
        }
        if (d.closesOn().isBefore(d.opensOn())
                || d.closesOn().isAfter(d.opensOn().plusDays(Consultations.MAX_DAYS))) {
            throw new RuleViolation("closesOn", "截止日期须在开始日期之后，且期限不超过一年。");
        }
        if (d.questions() == null || d.questions().isEmpty()) {
            throw new RuleViolation("questions", "请填写问题。");
        }
        return new SurveyDraft(title, description, d.opensOn(), d.closesOn(), d.questions());
    }

    // --- staff ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Survey find(long id) {
        Survey s = load(id);
        access.requireAny(Consultations.STAFF, s.organizationId(), "SURVEY_READ");
        return s;
    }

    @Transactional(readOnly = true)
    public List<Survey> mine() {
        OrganizationScope scope = access.scope(Consultations.STAFF);
        return repository.of(scope.filter(), Consultations.LIST_LIMIT);
    }

    public boolean canDraft(long organizationId) {
        return access.can(Role.EDITOR, organizationId);
    }

    public boolean canPublish(long organizationId) {
        return access.can(Role.SIGNER, organizationId);
    }

    @Transactional
    public long create(long organizationId, SurveyDraft draft) {
        access.require(Role.EDITOR, organizationId, "SURVEY_CREATE");
        directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        SurveyDraft d = validate(draft);
        long id = repository.insert(organizationId, d, clock.instant(), Actors.currentName());
        audit.record(
                "SURVEY_CREATE",
                target(id),
                Outcome.SUCCESS,
                d.title() + "，" + d.questions().size() + " 题");
        return id;
    }

    @Transactional
    public void update(long id, int version, SurveyDraft draft) {
        Survey s = load(id);
        access.require(Role.EDITOR, s.organizationId(), "SURVEY_UPDATE");
        if (s.status() != Survey.Status.DRAFT) {
            throw new RuleViolation("问卷已发布，不能再修改。");
        }
        SurveyDraft d = validate(draft);
        if (!repository.update(id, version, d)) {
            throw RuleViolation.changedMeanwhile("该问卷");
        }
        audit.record("SURVEY_UPDATE", target(id), Outcome.SUCCESS, d.title());
    }

    @Transactional
    public void publish(long id, int version) {
        Survey s = load(id);
        access.require(Role.SIGNER, s.organizationId(), "SURVEY_PUBLISH");
        if (s.status() != Survey.Status.DRAFT) {
            throw new RuleViolation("只有草稿可以发布（当前：" + s.status().label() + "）。");
        }
        if (s.opensOn().isBefore(today())) {
            throw new RuleViolation("调查的开始日期（" + s.opensOn() + "）已过，请编辑改为今天或以后再发布。");
        }
        if (!repository.publish(id, version, clock.instant())) {
            throw RuleViolation.changedMeanwhile("该问卷");
        }
        audit.record(
                "SURVEY_PUBLISH", target(id), Outcome.SUCCESS, s.title() + "，" + s.opensOn() + " 至 " + s.closesOn());
    }

    /** After the period, a signer publishes the results with the unit's summary. */
    @Transactional
    public void publishResults(long id, int version, String summary) {
        Survey s = load(id);
        access.require(Role.SIGNER, s.organizationId(), "SURVEY_RESULTS");
        if (s.status() != Survey.Status.PUBLISHED) {
            throw new RuleViolation(s.status() == Survey.Status.DRAFT ? "问卷尚未发布。" : "结果已公布。");
        }
        if (!today().isAfter(s.closesOn())) {
            throw new RuleViolation("调查至 " + s.closesOn() + " 截止，截止后才能公布结果。");
        }
        String text = Texts.required("summary", summary, Consultations.MAX_TEXT, "结果说明");
        if (!repository.publishResults(id, version, text, clock.instant())) {
            throw RuleViolation.changedMeanwhile("该问卷");
        }
        audit.record("SURVEY_RESULTS", target(id), Outcome.SUCCESS, s.title());
    }

    /** A questionnaire held before the platform: its answers as they were collected, and its published results. */
    public record Held(
            SurveyDraft draft,
            java.time.Instant publishedAt,
            List<Map<Integer, List<Integer>>> answers,
            String resultsSummary,
            java.time.Instant resultsPublishedAt) {}

    /**
     * The supervising office brings in a survey held before the platform (on paper or the old site) with its answers,
     * so that its results are published here like any other; its period must be over and the answers must fit the
     * questions.
     */
    @Transactional
    public long importHeld(long organizationId, Held held) {
        access.require(Role.SUPERVISOR, organizationId, "SURVEY_IMPORT");
        SurveyDraft d = validate(held.draft());
        if (!d.closesOn().isBefore(today())) {
            throw new RuleViolation("closesOn", "只能导入已经截止的问卷。");
        }
        String summary = Texts.required("summary", held.resultsSummary(), Consultations.MAX_TEXT, "结果说明");
        if (held.publishedAt() == null
                || held.resultsPublishedAt() == null
                || held.answers().size() > 100_000) {
            throw new RuleViolation("请填写发布和结果公布时间；答卷最多 100000 份。");
        }
        long id = repository.insert(organizationId, d, clock.instant(), Actors.currentName());
        int n = 0;
        for (Map<Integer, List<Integer>> answer : held.answers()) {
            n++;
            long response = repository.insertResponse(
                    id, key("imported", id, "" + n), key("imported", id, ""), held.publishedAt());
            for (Survey.Question q : d.questions()) {
                List<Integer> picks = answer.getOrDefault(q.position(), List.of());
                if (q.kind() == Survey.Kind.TEXT || picks.isEmpty()) {
                    continue;
                }
                if ((q.kind() == Survey.Kind.SINGLE && picks.size() > 1)
                        || picks.stream().anyMatch(o -> o < 1 || o > q.options().size())) {
                    throw new RuleViolation("answers", "第 " + n + " 份答卷第 " + q.position() + " 题的选择不符合题目。");
                }
                for (int o : new LinkedHashSet<>(picks)) {
                    repository.insertAnswer(response, id, q.position(), o, null);
                }
            }
        }
        repository.markHeld(id, held.publishedAt(), summary, held.resultsPublishedAt());
        audit.record("SURVEY_IMPORT", target(id), Outcome.SUCCESS, d.title() + "，" + n + " 份答卷");
        return id;
    }

    // --- the public ----------------------------------------------------------------------------------------------

    private String key(String purpose, long surveyId, String value) {
        byte[] mac =
                KeyRing.hmac(voterKey, (purpose + "\n" + surveyId + "\n" + value).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac);
    }

    /** Whether this browser has answered already. */
    @Transactional(readOnly = true)
    public boolean answered(long id, String browserToken) {
        return browserToken != null && repository.voted(id, key("voter", id, browserToken));
    }

    /**
     * A member of the public answers: {@code choices} by question position (the option numbers from 1), {@code
     * texts} the free-text answers. Every question must be answered except free text; once per browser token, and at
     * most {@value #PER_NETWORK} times from one network address.
     */
    @Transactional
    public void answer(
            long id,
            String browserToken,
            String networkAddress,
            Map<Integer, List<Integer>> choices,
            Map<Integer, String> texts) {
        Survey s = publicSurvey(id);
        if (!s.isOpen(today())) {
            throw new RuleViolation(
                    today().isBefore(s.opensOn()) ? "调查将于 " + s.opensOn() + " 开始。" : "调查已于 " + s.closesOn() + " 截止。");
        }
        if (browserToken == null || browserToken.length() < 16 || browserToken.length() > 100) {
            throw new RuleViolation("请先打开问卷页面再提交（需要允许本网站的 Cookie，用于确保每人只答一次）。");
        }
        String voter = key("voter", id, browserToken);
        if (repository.voted(id, voter)) {
            throw new RuleViolation("您已经参加过本次调查，感谢参与。每人只能答一次。");
        }
        String network = key("network", id, networkAddress == null ? "" : networkAddress);
        if (repository.fromNetwork(id, network) >= PER_NETWORK) {
            throw new RuleViolation("同一网络提交的答卷已达上限，请换用其他网络或联系调查单位。");
        }
        Map<Integer, List<Integer>> chosen = new HashMap<>();
        Map<Integer, String> written = new HashMap<>();
        for (Survey.Question q : s.questions()) {
            int p = q.position();
            if (q.kind() == Survey.Kind.TEXT) {
                String t =
                        Texts.optional("q" + p, texts == null ? null : texts.get(p), MAX_TEXT_ANSWER, "第 " + p + " 题");
                if (t != null) {
                    written.put(p, PersonalInformationScanner.mask(t));
                }
                continue;
            }
            List<Integer> picks = choices == null ? List.of() : choices.getOrDefault(p, List.of());
            Set<Integer> distinct = new LinkedHashSet<>(picks);
            if (distinct.isEmpty()) {
                throw new RuleViolation("q" + p, "请回答第 " + p + " 题。");
            }
            if (q.kind() == Survey.Kind.SINGLE && distinct.size() > 1) {
                throw new RuleViolation("q" + p, "第 " + p + " 题是单选题，只能选一项。");
            }
            for (int o : distinct) {
                if (o < 1 || o > q.options().size()) {
                    throw new RuleViolation("q" + p, "第 " + p + " 题的选项不存在，请重新选择。");
                }
            }
            chosen.put(p, List.copyOf(distinct));
        }
        long response;
        try {
            response = repository.insertResponse(id, voter, network, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("您已经参加过本次调查，感谢参与。每人只能答一次。");
        }
        chosen.forEach((p, os) -> os.forEach(o -> repository.insertAnswer(response, id, p, o, null)));
        written.forEach((p, t) -> repository.insertAnswer(response, id, p, null, t));
        audit.record("SURVEY_ANSWER", target(id), Outcome.SUCCESS, "答卷 " + response);
    }

    @Transactional(readOnly = true)
    public Survey publicSurvey(long id) {
        return repository.find(id).filter(Survey::isPublic).orElseThrow(() -> new NotFound("该问卷不存在。"));
    }

    @Transactional(readOnly = true)
    public List<Survey> published() {
        return repository.published(Consultations.LIST_LIMIT);
    }

    /** One option's count and share of the responses. */
    public record OptionResult(String option, long count, int percent) {}

    public record QuestionResult(Survey.Question question, List<OptionResult> options, long texts) {}

    public record Results(long responses, List<QuestionResult> questions) {}

    private Results results(Survey s) {
        long responses = repository.responses(s.id());
        Map<String, Long> counts = new HashMap<>();
        for (long[] c : repository.counts(s.id())) {
            counts.put(c[0] + ":" + c[1], c[2]);
        }
        List<QuestionResult> out = new ArrayList<>();
        for (Survey.Question q : s.questions()) {
            List<OptionResult> options = new ArrayList<>();
            for (int o = 1; o <= q.options().size(); o++) {
                long n = counts.getOrDefault(q.position() + ":" + o, 0L);
                options.add(new OptionResult(
                        q.options().get(o - 1), n, responses == 0 ? 0 : (int) Math.round(n * 100.0 / responses)));
            }
            long texts = q.kind() == Survey.Kind.TEXT ? repository.textCount(s.id(), q.position()) : 0;
            out.add(new QuestionResult(q, options, texts));
        }
        return new Results(responses, out);
    }

    /** The published results, for the public. */
    @Transactional(readOnly = true)
    public Results publicResults(long id) {
        Survey s = publicSurvey(id);
        if (s.status() != Survey.Status.RESULTS_PUBLISHED) {
            throw new NotFound("该问卷的结果尚未公布。");
        }
        return results(s);
    }

    /** The running results and the latest free-text answers, for the unit's staff. */
    @Transactional(readOnly = true)
    public Results staffResults(long id) {
        return results(find(id));
    }

    @Transactional(readOnly = true)
    public List<String> textAnswers(long id, int position) {
        find(id);
        return repository.texts(id, position, 200);
    }
}

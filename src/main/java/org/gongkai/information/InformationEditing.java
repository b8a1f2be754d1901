package org.gongkai.information;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.information.Finding.Resolution;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's side of government information: drafting with the disclosure attribute at the source
 * (国办发〔2016〕80号; 国务院令第711号 第十四、十五、十六条), attachments, the pre-sign-off scan and its
 * findings, submission, and starting a correction of published information.
 */
@Service
public class InformationEditing {

    static final Set<Role> STAFF = EnumSet.of(Role.EDITOR, Role.SECRECY_REVIEWER, Role.SIGNER, Role.SUPERVISOR);
    private static final int MAX_ATTACHMENTS = 20;

    private final InformationRepository records;
    private final FindingRepository findings;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final TopicCategories topics;
    private final PublicChanges publicChanges;

    /** The earliest date a record may carry (the founding of the People's Republic); an earlier year is a typing error. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1949, 10, 1);

    /** The longest body an editor may enter, formatting included; longer documents go in as attachments. */
    static final int MAX_BODY_HTML = 1_000_000;

    private final ContentScan scan;
    private final FileStore files;
    private final WorkingDayCalendar calendar;
    private final PublicationDeadlines deadlines;
    private final CatalogItems catalogItems;
    private final AuditTrail audit;
    private final Clock clock;

    InformationEditing(
            InformationRepository records,
            FindingRepository findings,
            AccessControl access,
            OrganizationDirectory directory,
            TopicCategories topics,
            ContentScan scan,
            FileStore files,
            WorkingDayCalendar calendar,
            PublicationDeadlines deadlines,
            AuditTrail audit,
            Clock clock,
            CatalogItems catalogItems,
            PublicChanges publicChanges) {
        this.catalogItems = catalogItems;
        this.publicChanges = publicChanges;
        this.records = records;
        this.findings = findings;
        this.access = access;
        this.directory = directory;
        this.topics = topics;
        this.scan = scan;
        this.files = files;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public GovernmentInformation record(long id) {
        GovernmentInformation r = find(id);
        // the staff of the lead unit, and a signer of a unit the record names as joint issuer (who must read it to
        // confirm, issue 9 §26)
        if (!access.canAny(STAFF, r.organizationId())
                && r.jointIssuerIds().stream().noneMatch(this::canConfirmJointIssue)) {
            access.requireAny(STAFF, r.organizationId(), "INFORMATION_READ");
        }
        return r;
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long id) {
        record(id);
        return records.attachments(id);
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(long id) {
        record(id);
        return findings.findings(id);
    }

    @Transactional(readOnly = true)
    public List<ReviewDecision> reviews(long id) {
        record(id);
        return records.reviews(id);
    }

    /** An attached file of a record, for its unit's staff (published ones are also public). */
    @Transactional(readOnly = true)
    public PublicInformation.PublicFile attachmentFile(long id, long attachmentId) {
        record(id);
        Attachment a = records.attachment(attachmentId)
                .filter(x -> x.recordId() == id)
                .orElseThrow(() -> new org.gongkai.shared.NotFound("该附件不存在。"));
        return new PublicInformation.PublicFile(a, files.resource(a.sha256()));
    }

    /** The records of the units the current staff member works for, newest first. */
    @Transactional(readOnly = true)
    public List<GovernmentInformation> records(Long organizationId, RecordStatus status) {
        return records.ofOrganizations(units(organizationId), status, 500);
    }

    /** Proactive records not yet published, with their 第二十六条 due dates, most urgent first. */
    @Transactional(readOnly = true)
    public List<PublicationDeadline> deadlines(Long organizationId) {
        return records.clockRunning(units(organizationId)).stream()
                .map(this::deadline)
                .sorted(java.util.Comparator.comparing(
                        PublicationDeadline::dueDate,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** The clock of one record, or null when none runs (published, filed, or not proactive). */
    @Transactional(readOnly = true)
    public PublicationDeadline deadline(GovernmentInformation r) {
        if (!r.hasStatutoryClock()) {
            return null;
        }
        String unit = directory.find(r.organizationId()).map(o -> o.name()).orElse("");
        LocalDate due = r.formedDate() == null ? null : deadlines.due(r.formedDate());
        if (due == null) {
            // a date stored before input was checked: shown as it is, never breaking the list (issue 9 §24)
            return new PublicationDeadline(
                    r.id(), r.title(), r.organizationId(), unit, r.status(), r.formedDate(), null, Long.MIN_VALUE);
        }
        LocalDate today = LocalDate.now(clock);
        long left =
                today.isAfter(due) ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
        return new PublicationDeadline(
                r.id(), r.title(), r.organizationId(), unit, r.status(), r.formedDate(), due, left);
    }

    @Transactional(readOnly = true)
    public boolean canEdit(long organizationId) {
        return access.can(Role.EDITOR, organizationId);
    }

    private Set<Long> units(Long organizationId) {
        OrganizationScope scope = access.scope(STAFF);
        Set<Long> ids = new LinkedHashSet<>();
        if (organizationId != null) {
            if (scope.covers(organizationId)) {
                ids.add(organizationId);
            }
            return ids;
        }
        if (scope.all()) {
            directory.tree().forEach(e -> ids.add(e.organization().id()));
        } else {
            ids.addAll(scope.organizationIds());
        }
        return ids;
    }

    // --- drafting --------------------------------------------------------------------------------

    @Transactional
    public long create(long organizationId, InformationDraft draft) {
        access.require(Role.EDITOR, organizationId, "INFORMATION_CREATE");
        Organization unit = directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        InformationDraft clean = validate(unit, draft, null);
        long id = records.insert(
                organizationId, clean, RichText.text(clean.bodyHtml()), clock.instant(), Actors.currentName());
        long open = scan.refresh(id);
        audit.record(
                "INFORMATION_CREATE",
                target(id),
                Outcome.SUCCESS,
                clean.title() + "（" + clean.attribute().label() + "）" + (open > 0 ? "，扫描发现 " + open + " 处待处理" : ""));
        return id;
    }

    @Transactional
    public void update(long id, int lockVersion, InformationDraft draft) {
        GovernmentInformation r = editable(id, "INFORMATION_UPDATE");
        Organization unit = directory.find(r.organizationId()).orElseThrow();
        InformationDraft clean = validate(unit, draft, r);
        if (!records.update(id, lockVersion, clean, RichText.text(clean.bodyHtml()))) {
            throw stale();
        }
        scan.refresh(id);
        audit.record("INFORMATION_UPDATE", target(id), Outcome.SUCCESS, clean.title());
    }

    @Transactional
    public long attach(long id, int lockVersion, String fileName, byte[] bytes) {
        GovernmentInformation r = editable(id, "INFORMATION_ATTACH");
        String name = cleanFileName(fileName);
        AttachmentInspector.Inspected inspected = AttachmentInspector.inspect(name, bytes);
        if (records.attachments(id).size() >= MAX_ATTACHMENTS) {
            throw new RuleViolation("file", "每条信息最多 " + MAX_ATTACHMENTS + " 个附件。");
        }
        if (!records.touch(id, lockVersion)) {
            throw stale();
        }
        String sha = files.put(bytes);
        long attachmentId = records.insertAttachment(
                r.id(),
                name,
                inspected.mediaType(),
                bytes.length,
                sha,
                inspected.text(),
                clock.instant(),
                Actors.currentName());
        long open = scan.refresh(id);
        audit.record(
                "INFORMATION_ATTACH",
                target(id),
                Outcome.SUCCESS,
                name + "（" + bytes.length + " 字节）" + (open > 0 ? "，扫描发现 " + open + " 处待处理" : ""));
        return attachmentId;
    }

    @Transactional
    public void detach(long id, int lockVersion, long attachmentId) {
        editable(id, "INFORMATION_DETACH");
        if (!records.touch(id, lockVersion)) {
            throw stale();
        }
        if (!records.detach(id, attachmentId)) {
            throw new RuleViolation("该附件不存在或已被移除。");
        }
        scan.refresh(id);
        audit.record("INFORMATION_DETACH", target(id), Outcome.SUCCESS, "attachment:" + attachmentId);
    }

    /** Links the record to items of its unit's published standard catalogs (the items it fulfils). */
    @Transactional
    public void linkCatalogItems(long id, int lockVersion, List<String> refs) {
        GovernmentInformation r = editable(id, "INFORMATION_CATALOG_LINK");
        Map<String, CatalogLink> items = catalogItems.of(r.organizationId());
        List<InformationRepository.StoredLink> links = new ArrayList<>();
        for (String ref : refs == null ? List.<String>of() : refs) {
            CatalogLink link = items.get(ref);
            if (link == null) {
                throw new RuleViolation("catalogItems", "所选事项不在本单位已发布的标准目录中，请刷新页面后重新选择。");
            }
            links.add(new InformationRepository.StoredLink(link.areaId(), link.itemKey()));
        }
        if (!records.touch(id, lockVersion)) {
            throw stale();
        }
        records.setCatalogLinks(id, links);
        audit.record("INFORMATION_CATALOG_LINK", target(id), Outcome.SUCCESS, links.size() + " 个标准目录事项");
    }

    /** The catalog items the record is linked to. */
    @Transactional(readOnly = true)
    public List<CatalogLink> catalogLinks(long id) {
        GovernmentInformation r = record(id);
        return catalogItems.resolve(r.organizationId(), records.catalogLinks(id));
    }

    /** Items of the unit's published catalogs the record can be linked to. */
    @Transactional(readOnly = true)
    public List<CatalogLink> linkableCatalogItems(long id) {
        return List.copyOf(catalogItems.of(record(id).organizationId()).values());
    }

    /** Masks personal information, or corrects erroneous wording, where it was found in the title, summary or body. */
    @Transactional
    public void mask(long id, long findingId) {
        GovernmentInformation r = editable(id, "INFORMATION_FINDING_MASK");
        FindingRepository.FindingRef finding =
                findings.finding(id, findingId).orElseThrow(() -> new RuleViolation("该问题不存在或已处理。"));
        ContentScan.Hit hit =
                scan.locate(id, finding.fingerprint()).orElseThrow(() -> new RuleViolation("正文已修改，该问题已不存在。"));
        if (hit.source().startsWith(Sources.ATTACHMENT_PREFIX)) {
            throw new RuleViolation("附件中的内容无法在线遮盖：请上传处理后的附件替换原附件，或说明理由后接受。");
        }
        if (hit.replacement() == null) {
            throw new RuleViolation("敏感表述没有统一的改法：请修改正文后保存，或说明理由后接受。");
        }
        String title = r.title();
        String summary = r.summary();
        String body = r.bodyHtml();
        switch (hit.source()) {
            case Sources.TITLE -> title = title.replace(hit.matched(), hit.replacement());
            case Sources.SUMMARY -> summary = summary.replace(hit.matched(), hit.replacement());
            default -> {
                String replaced = body == null ? null : RichText.replaceText(body, hit.matched(), hit.replacement());
                if (replaced == null) {
                    throw new RuleViolation("该内容在正文中被格式分隔，无法自动遮盖，请在正文中手工修改后保存。");
                }
                body = replaced;
            }
        }
        findings.resolveFinding(id, findingId, Resolution.MASKED, null, Actors.currentName(), clock.instant());
        records.replaceTexts(id, title, summary, body, RichText.text(body));
        scan.refresh(id);
        audit.record(
                "INFORMATION_FINDING_MASK",
                target(id),
                Outcome.SUCCESS,
                finding.kind().label() + "（" + Sources.label(hit.source(), null) + "）");
    }

    /** Accepts a finding as it stands; the reason is kept and shown to the reviewer and the signer. */
    @Transactional
    public void accept(long id, long findingId, String reason) {
        editable(id, "INFORMATION_FINDING_ACCEPT");
        String clean = Texts.clean(reason);
        if (clean == null || clean.length() < 4) {
            throw new RuleViolation("reason", "接受前请写明理由（例如：该号码为单位公开的办公电话），不少于 4 个字。");
        }
        if (clean.length() > 2000) {
            throw new RuleViolation("reason", "理由不能超过 2000 字。");
        }
        if (!findings.resolveFinding(
                id, findingId, Resolution.ACCEPTED, clean, Actors.currentName(), clock.instant())) {
            throw new RuleViolation("该问题不存在或已处理。");
        }
        audit.record("INFORMATION_FINDING_ACCEPT", target(id), Outcome.SUCCESS, clean);
    }

    @Transactional
    public void submit(long id, int lockVersion) {
        GovernmentInformation r = editable(id, "INFORMATION_SUBMIT");
        validate(directory.find(r.organizationId()).orElseThrow(), r.toDraft(), r);
        Interpretations.checkSubmittable(r, !records.explained(id).isEmpty());
        long open = scan.refresh(id);
        if (open > 0) {
            throw new RuleViolation("扫描发现 " + open + " 处个人信息或错敏表述尚未处理。请逐条遮盖（更正），或写明理由后接受，再提交。");
        }
        InformationMove move = InformationMove.SUBMIT;
        if (!records.move(id, lockVersion, move)) {
            throw stale();
        }
        records.submitted(id, clock.instant(), Actors.currentName());
        records.review(id, move.step(), move.verdict(), null, Actors.currentName(), clock.instant());
        audit.record("INFORMATION_SUBMIT", target(id), Outcome.SUCCESS, r.title());
    }

    /** Starts a correction of published information: the public keeps the current revision until the correction is published. */
    @Transactional
    public void startCorrection(long id, int lockVersion) {
        GovernmentInformation r = find(id);
        access.require(Role.EDITOR, r.organizationId(), "INFORMATION_CORRECT");
        InformationMove.START_CORRECTION.check(r.status());
        if (!records.move(id, lockVersion, InformationMove.START_CORRECTION)) {
            throw stale();
        }
        audit.record("INFORMATION_CORRECT", target(id), Outcome.SUCCESS, r.title());
    }

    /**
     * Abandons a started correction (issue 9 §25): the working copy and its attachments go back to the published
     * revision, with its joint issuers and catalog links, the record is published again as it was, and the findings
     * follow the restored text.
     */
    @Transactional
    public void abandonCorrection(long id, int lockVersion) {
        GovernmentInformation r = find(id);
        access.require(Role.EDITOR, r.organizationId(), "INFORMATION_CORRECTION_ABANDON");
        if (r.publishedRevision() == null || r.status() == RecordStatus.PUBLISHED) {
            throw new RuleViolation("这条信息没有正在进行的更正。");
        }
        InformationMove.ABANDON_CORRECTION.check(r.status());
        if (!records.move(id, lockVersion, InformationMove.ABANDON_CORRECTION)) {
            throw stale();
        }
        records.restoreRevision(id, r.publishedRevision());
        scan.refresh(id);
        audit.record(
                "INFORMATION_CORRECTION_ABANDON", target(id), Outcome.SUCCESS, "恢复为第 " + r.publishedRevision() + " 版");
    }

    /**
     * The named unit agrees to issue the record jointly (issue 9 §26): a signer of that unit confirms, and only then
     * does the record show in the unit's listings. Until then it shows under its lead unit alone.
     */
    @Transactional
    public void confirmJointIssue(long id, long organizationId) {
        GovernmentInformation r = find(id);
        access.require(Role.SIGNER, organizationId, "INFORMATION_JOINT_ISSUE_CONFIRM");
        if (!r.jointIssuerIds().contains(organizationId)) {
            throw new RuleViolation("这条信息没有把该单位列为联合发文单位，可能已被修改，请刷新页面。");
        }
        if (!records.confirmIssuer(id, organizationId, Actors.currentName(), clock.instant())) {
            throw new RuleViolation("该单位已确认联合发文，请刷新页面。");
        }
        audit.record("INFORMATION_JOINT_ISSUE_CONFIRM", target(id), Outcome.SUCCESS, "organization:" + organizationId);
        if (r.publishedRevision() != null) {
            publicChanges.changed(new PublicInformationChanged.JointIssueConfirmed(id, organizationId));
        }
    }

    /** The joint issuers that have not yet confirmed, for the record page. */
    @Transactional(readOnly = true)
    public List<Long> unconfirmedIssuers(long id) {
        record(id);
        return records.unconfirmedIssuers(id);
    }

    /** Records naming one of the current staff member's units as joint issuer, awaiting its signer's confirmation. */
    @Transactional(readOnly = true)
    public List<GovernmentInformation> awaitingJointIssueConfirmation() {
        OrganizationScope scope = access.scope(EnumSet.of(Role.SIGNER));
        if (!scope.all() && scope.organizationIds().isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> units = new java.util.LinkedHashSet<>();
        if (scope.all()) {
            directory.tree().forEach(e -> units.add(e.organization().id()));
        } else {
            units.addAll(scope.organizationIds());
        }
        return records.awaitingConfirmationBy(units).stream().map(this::find).toList();
    }

    public boolean canConfirmJointIssue(long organizationId) {
        return access.can(Role.SIGNER, organizationId);
    }

    public boolean canAbandonCorrection(GovernmentInformation r) {
        return r.publishedRevision() != null
                && InformationMove.ABANDON_CORRECTION.from().contains(r.status())
                && access.can(Role.EDITOR, r.organizationId());
    }

    // --- rules -----------------------------------------------------------------------------------

    /** The same rules for information published before (migration), where the dates lie in the past anyway. */
    InformationDraft validateForMigration(Organization unit, InformationDraft draft) {
        return validate(unit, draft, null);
    }

    private InformationDraft validate(Organization unit, InformationDraft d, GovernmentInformation existing) {
        if (d == null) {
            throw new RuleViolation("请填写信息内容。");
        }
        String title = limit("title", d.title(), 300, "标题", true);
        String number = limit("documentNumber", d.documentNumber(), 100, "文号", false);
        LocalDate today = LocalDate.now(clock);
        if (d.formedDate() == null) {
            throw new RuleViolation("formedDate", "请填写信息形成或变更的日期，公开时限（20 个工作日，条例第二十六条）从这一天起算。");
        }
        if (d.formedDate().isAfter(today)) {
            throw new RuleViolation("formedDate", "形成或变更日期不能晚于今天（" + today + "）。");
        }
        if (d.formedDate().isBefore(EARLIEST_DATE)) {
            throw new RuleViolation("formedDate", "形成或变更日期不能早于 " + EARLIEST_DATE + "，请核对年份。");
        }
        if (d.writtenDate() != null && d.writtenDate().isBefore(EARLIEST_DATE)) {
            throw new RuleViolation("writtenDate", "成文日期不能早于 " + EARLIEST_DATE + "，请核对年份。");
        }
        if (d.writtenDate() != null && d.writtenDate().isAfter(today)) {
            throw new RuleViolation("writtenDate", "成文日期不能晚于今天（" + today + "）。");
        }
        if (d.documentType() == null) {
            throw new RuleViolation("documentType", "请选择信息类别（体裁）。");
        }
        if (d.topicCode() != null && topics.find(d.topicCode()).isEmpty()) {
            throw new RuleViolation("topicCode", "主题分类“" + d.topicCode() + "”不存在，请从列表中选择。");
        }
        boolean township = unit.kind().level() == AdministrativeLevel.TOWNSHIP;
        if (d.column() != null && !d.column().appliesTo(township)) {
            throw new RuleViolation(
                    "column",
                    "“" + d.column().label() + "”（" + d.column().article() + "）不是" + (township ? "乡镇（街道）" : "县级政府及其部门")
                            + "的法定主动公开内容，请另选栏目。");
        }
        if (d.attribute() == null) {
            throw new RuleViolation("attribute", "请选择公开属性：主动公开、依申请公开或不予公开。公开属性须在拟制时确定，随文报批。");
        }
        String reason = limit("withholdingReason", d.withholdingReason(), 2000, "不公开的理由", false);
        if (d.attribute() == DisclosureAttribute.PROACTIVE) {
            if (d.withholdingGround() != null || reason != null) {
                throw new RuleViolation("withholdingGround", "主动公开的信息不需要填写不公开的依据和理由，请清空这两项或改选公开属性。");
            }
        } else {
            if (d.withholdingGround() == null) {
                throw new RuleViolation("withholdingGround", "“" + d.attribute().label() + "”须选择依据（条例第十四、十五、十六条）。");
            }
            if (d.withholdingGround().article() == null) {
                throw new RuleViolation(
                        "withholdingGround", "“" + d.withholdingGround().label() + "”不是条例第十四、十五、十六条规定的理由，请另选依据。");
            }
            if (reason == null) {
                throw new RuleViolation("withholdingReason", "“" + d.attribute().label() + "”须依法说明理由。");
            }
        }
        if (d.column() != null && d.attribute() != DisclosureAttribute.PROACTIVE) {
            throw new RuleViolation("column", "只有主动公开的信息才能放入政府信息公开栏目。");
        }
        Set<Long> joint = new LinkedHashSet<>();
        for (Long org : d.jointIssuerIds()) {
            if (org == null || org == unit.id()) {
                continue;
            }
            if (directory.find(org).isEmpty()) {
                throw new RuleViolation("jointIssuerIds", "联合发文单位不存在，请从列表中选择。");
            }
            joint.add(org);
        }
        if (number != null) {
            records.titleWithNumber(unit.id(), number, existing == null ? null : existing.id())
                    .ifPresent(other -> {
                        throw new RuleViolation("documentNumber", "本单位已有文号为“" + number + "”的信息《" + other + "》，请核对文号。");
                    });
        }
        if (d.bodyHtml() != null && d.bodyHtml().length() > MAX_BODY_HTML) {
            throw new RuleViolation(
                    "bodyHtml",
                    "正文过长（" + d.bodyHtml().length() + " 字符，含格式），不能超过 " + MAX_BODY_HTML + " 字符；篇幅很长的文件请作为附件上传。");
        }
        String correction = limit("correctionNote", d.correctionNote(), 2000, "更正说明", false);
        if (existing != null && existing.publishedRevision() != null && correction == null) {
            throw new RuleViolation("correctionNote", "这是对已发布信息的更正，请填写更正说明（公众可见）。");
        }
        return new InformationDraft(
                title,
                number,
                d.writtenDate(),
                d.formedDate(),
                d.documentType(),
                d.topicCode(),
                d.column(),
                limit("keywords", d.keywords(), 300, "关键词", false),
                limit("summary", d.summary(), 2000, "内容概述", false),
                RichText.sanitize(d.bodyHtml()),
                d.attribute(),
                d.attribute() == DisclosureAttribute.PROACTIVE ? null : d.withholdingGround(),
                reason,
                List.copyOf(joint),
                correction,
                d.documentType() == DocumentType.INTERPRETATION ? null : d.needsInterpretation());
    }

    private static String limit(String field, String value, int max, String label, boolean required) {
        String clean = Texts.clean(value);
        if (clean == null) {
            if (required) {
                throw new RuleViolation(field, "请填写" + label + "。");
            }
            return null;
        }
        if (clean.length() > max) {
            throw new RuleViolation(field, label + "不能超过 " + max + " 字（现有 " + clean.length() + " 字）。");
        }
        return clean;
    }

    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "")
                .strip();
        if (name.isEmpty()) {
            throw new RuleViolation("file", "请选择要上传的附件。");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    GovernmentInformation editable(long id, String action) {
        GovernmentInformation r = find(id);
        access.require(Role.EDITOR, r.organizationId(), action);
        if (!r.status().isEditable()) {
            throw new RuleViolation("该信息当前状态为“" + r.status().label() + "”，不能修改。");
        }
        return r;
    }

    GovernmentInformation find(long id) {
        return records.find(id).orElseThrow(() -> new RuleViolation("该信息不存在。"));
    }

    static RuleViolation stale() {
        return RuleViolation.changedMeanwhile("该信息");
    }

    static String target(long id) {
        return "information:" + id;
    }
}

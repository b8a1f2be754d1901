package org.gongkai.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file (案卷) as one zip (issue 11 §7, 第四十五条 归档): the application with the applicant's details, the
 * timeline, the reply, every letter as .docx (and PDF when the server has the Chinese font), and the materials the
 * applicant handed in. Only for concluded
 * cases, only for the handling unit's staff and the supervising office; every download is audited.
 */
@Service
public class CaseFiles {

    private final RequestRepository cases;
    private final RequestCases requestCases;
    private final ApplicantData applicantData;
    private final NoticeDocuments documents;
    private final RequestAttachments attachments;
    private final AccessControl access;
    private final AuditTrail audit;

    CaseFiles(
            RequestRepository cases,
            RequestCases requestCases,
            ApplicantData applicantData,
            NoticeDocuments documents,
            RequestAttachments attachments,
            AccessControl access,
            AuditTrail audit) {
        this.attachments = attachments;
        this.cases = cases;
        this.requestCases = requestCases;
        this.applicantData = applicantData;
        this.documents = documents;
        this.access = access;
        this.audit = audit;
    }

    /** The file name the download gets. */
    public String fileName(long id) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        return "依申请公开案卷-" + (c.caseNumber() == null ? c.trackingCode() : c.caseNumber()) + ".zip";
    }

    @Transactional
    public byte[] zip(long id) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.requireAny(RequestCases.READERS, c.organizationId(), "REQUEST_CASE_FILE_EXPORT");
        if (c.status().isOpen()) {
            throw new RuleViolation("申请办结后才能导出案卷。");
        }
        RequestCases.CasePage page = requestCases.page(id);
        ApplicantContact contact = applicantData.open(cases.contact(id));
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "01-申请.txt", application(page, contact));
            put(zip, "02-办理过程.csv", timeline(page.timeline()));
            if (page.reply() != null) {
                put(zip, "03-答复.txt", reply(page.reply()));
            }
            int n = 4;
            for (RequestCases.NoticeLink link : page.notices()) {
                Notice notice = requestCases.notice(id, link.kind(), link.ref());
                String base = String.format("%02d-", n++)
                        + link.kind().label()
                        + (link.ref() == null ? "" : "-" + link.ref());
                putBytes(zip, base + ".docx", documents.docx(notice));
                try {
                    putBytes(zip, base + ".pdf", documents.pdf(notice));
                } catch (RuleViolation noFont) {
                    // the server has no Chinese font: the .docx is the letter
                }
            }
            for (RequestAttachment a : page.attachments()) {
                RequestAttachments.Opened opened =
                        attachments.open(id, a.id()).orElseThrow(() -> new NotFound("本申请没有这份材料。"));
                putBytes(
                        zip,
                        String.format("%02d-", n++) + a.purpose().label() + "-" + opened.fileName(),
                        opened.content());
            }
            zip.finish();
            audit.record("REQUEST_CASE_FILE_EXPORT", "request:" + id, Outcome.SUCCESS, "导出案卷");
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String application(RequestCases.CasePage page, ApplicantContact contact) {
        RequestCase r = page.request();
        StringBuilder s = new StringBuilder();
        s.append("受理机关：").append(page.unitName()).append('\n');
        s.append("登记编号：").append(r.caseNumber() == null ? "—" : r.caseNumber()).append('\n');
        s.append("查询码：").append(r.trackingCodeDisplay()).append('\n');
        s.append("提交方式：").append(r.channel().label()).append('\n');
        s.append("收到申请之日：")
                .append(r.receivedOn() == null ? "—" : r.receivedOn())
                .append('\n');
        s.append("申请人：")
                .append(r.applicantName())
                .append("（")
                .append(r.applicantKind().formLabel())
                .append("）\n");
        if (r.contactPerson() != null) {
            s.append("联系人：").append(r.contactPerson()).append('\n');
        }
        s.append("身份证明：")
                .append(r.idType().label())
                .append(' ')
                .append(contact.idNumber())
                .append('\n');
        s.append("联系电话：").append(contact.phone()).append('\n');
        s.append("电子邮箱：")
                .append(contact.email() == null ? "—" : contact.email())
                .append('\n');
        s.append("通信地址：")
                .append(contact.address() == null ? "—" : contact.address())
                .append('\n');
        s.append("所需信息形式：").append(r.provisionForm().label()).append('\n');
        s.append("获取方式：").append(r.obtainWay().label()).append('\n');
        s.append("所需政府信息：\n");
        int i = 0;
        for (Application.Item item : page.items()) {
            s.append(++i).append(". ");
            if (item.title() != null) {
                s.append(item.title());
            }
            if (item.documentNumber() != null) {
                s.append("（文号：").append(item.documentNumber()).append("）");
            }
            if (item.description() != null) {
                s.append(' ').append(item.description());
            }
            s.append('\n');
        }
        s.append("办理结果：").append(r.outcome() == null ? "—" : r.outcome().label());
        if (r.withholdingGround() != null) {
            s.append("（").append(r.withholdingGround().labelWithArticle()).append("）");
        }
        s.append('\n')
                .append("办结日期：")
                .append(r.concludedOn() == null ? "—" : r.concludedOn())
                .append('\n');
        return s.toString();
    }

    private static String timeline(List<TimelineEntry> timeline) throws IOException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // so that a spreadsheet opens the UTF-8 file as such
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("日期", "事项", "说明", "期限", "工作日", "记录人", "记录时间");
            for (TimelineEntry e : timeline) {
                csv.printRecord(e.on(), e.kind().label(), e.note(), e.until(), e.days(), e.by(), e.at());
            }
        }
        return out.toString();
    }

    private static String reply(RequestCases.Reply r) {
        ReplyDraft d = r.draft();
        return "办理结果：" + d.outcome().label() + "\n"
                + (d.ground() == null ? "" : "不予公开的理由：" + d.ground().labelWithArticle() + "\n")
                + (d.provided() == null ? "" : "提供的信息：" + d.provided() + "\n")
                + (d.reason() == null ? "" : "理由和说明：" + d.reason() + "\n")
                + (d.responsibleAgency() == null
                        ? ""
                        : "负责公开的机关：" + d.responsibleAgency() + "，" + d.responsibleContact() + "\n")
                + "拟稿：" + r.draftedBy() + " " + r.draftedAt() + "\n"
                + (r.approvedBy() == null ? "" : "审核：" + r.approvedBy() + " " + r.approvedAt() + "\n")
                + (r.sentOn() == null
                        ? ""
                        : "作出答复：" + r.sentOn() + "，" + r.sentWay().label() + "\n")
                + (r.deliveredOn() == null ? "" : "送达：" + r.deliveredOn() + "，" + r.deliveryProof() + "\n");
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        putBytes(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void putBytes(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}

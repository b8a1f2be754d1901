package org.gongkai.request;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.shared.FileKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of a case: the materials an applicant hands in (issue 11 §1: a copy of the ID document, a power of
 * attorney, a business licence) and the files that go with the reply (§5: the disclosable part of a partial
 * disclosure, 第三十七条), each purpose with its number and size limits, of the accepted kinds judged by their content
 * as the information module judges attachments, stored sealed with the case. The services that take them check them
 * together with the form's other fields, so that every problem is named in one answer.
 */
@Component
class RequestAttachments {

    /** What an applicant may hand in; a reply may carry any document or image kind the platform accepts. */
    static final Set<FileKind> FROM_APPLICANTS =
            EnumSet.of(FileKind.PDF, FileKind.OFD, FileKind.DOCX, FileKind.JPEG, FileKind.PNG);

    private final JdbcClient jdbc;
    private final ApplicantData applicantData;
    private final Clock clock;

    RequestAttachments(JdbcClient jdbc, ApplicantData applicantData, Clock clock) {
        this.jdbc = jdbc;
        this.applicantData = applicantData;
        this.clock = clock;
    }

    /** The files actually chosen (a form's empty parts dropped). */
    static List<ApplicantFile> chosen(List<ApplicantFile> files) {
        return files == null
                ? List.of()
                : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }

    /**
     * What is wrong with the files, under the form field {@code field}; empty when they may be stored. {@code kept} is
     * how many files of the purpose the case holds already.
     */
    static Map<String, String> problems(
            List<ApplicantFile> files, int kept, RequestAttachment.Purpose purpose, String field) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        if (kept + files.size() > purpose.maxFiles()) {
            messages.add(purpose.label() + "最多 " + purpose.maxFiles() + " 个文件（" + (kept > 0 ? "已有 " + kept + " 个，" : "")
                    + "您选择了 " + files.size() + " 个），请合并为 PDF 后再上传。");
        }
        Set<FileKind> accepted =
                purpose == RequestAttachment.Purpose.APPLICATION ? FROM_APPLICANTS : EnumSet.allOf(FileKind.class);
        for (ApplicantFile f : files.stream().limit(purpose.maxFiles()).toList()) {
            String name = FileKind.displayName(f.fileName());
            if (f.content().length > purpose.maxBytes()) {
                messages.add("《" + name + "》超过 " + purpose.maxBytes() / 1024 / 1024 + " MB，请压缩或拆分后再上传。");
                continue;
            }
            FileKind kind = FileKind.detect(f.content());
            if (kind == null || !accepted.contains(kind)) {
                messages.add("《" + name + "》不是可接受的格式：只能是 "
                        + accepted.stream().map(FileKind::label).collect(java.util.stream.Collectors.joining("、"))
                        + "（按文件内容判断，不看扩展名）。");
            } else if (!kind.agreesWith(name)) {
                messages.add("《" + name + "》的内容是 " + kind.label() + "，与扩展名不符，请上传原始文件。");
            }
        }
        if (!messages.isEmpty()) {
            errors.put(field, String.join(" ", messages));
        }
        return errors;
    }

    void store(long requestId, List<ApplicantFile> files, String by, RequestAttachment.Purpose purpose) {
        for (ApplicantFile f : files) {
            FileKind kind = FileKind.detect(f.content());
            jdbc.sql("insert into request_attachment (request_id, purpose, file_name, media_type, size_bytes, content, "
                            + "uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            requestId,
                            purpose.name(),
                            FileKind.displayName(f.fileName()),
                            kind.mediaType(),
                            f.content().length,
                            applicantData.sealFile(f.content()),
                            utc(clock.instant()),
                            by)
                    .update();
        }
    }

    List<RequestAttachment> of(long requestId) {
        return jdbc.sql("select id, request_id, purpose, file_name, media_type, size_bytes, uploaded_at, uploaded_by "
                        + "from request_attachment where request_id = ? order by id")
                .param(requestId)
                .query((rs, n) -> new RequestAttachment(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        RequestAttachment.Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getInt("size_bytes"),
                        instant(rs, "uploaded_at"),
                        rs.getString("uploaded_by")))
                .list();
    }

    /** Removes a file of the given purpose from the case; false when the case has no such file. */
    boolean remove(long requestId, long attachmentId, RequestAttachment.Purpose purpose) {
        return jdbc.sql("delete from request_attachment where id = ? and request_id = ? and purpose = ?")
                        .params(attachmentId, requestId, purpose.name())
                        .update()
                == 1;
    }

    /** The file in clear, when it belongs to the case. */
    Optional<Opened> open(long requestId, long attachmentId) {
        return jdbc.sql("select file_name, media_type, content from request_attachment where id = ? and request_id = ?")
                .params(attachmentId, requestId)
                .query((rs, n) -> new Opened(
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        applicantData.openFile(rs.getBytes("content"))))
                .optional();
    }

    /** A material in clear, for its download. */
    public record Opened(String fileName, String mediaType, byte[] content) {}
}

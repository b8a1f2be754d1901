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
import org.gongkai.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The materials an applicant hands in (issue 11 §1: a copy of the ID document, a power of attorney, a business
 * licence): at most {@link #MAX_FILES} files of {@link #MAX_BYTES} each, of the accepted kinds judged by their content
 * as the information module judges attachments, stored sealed with the case. The services that take an application
 * check them together with its other fields, so that every problem is named in one answer.
 */
@Component
class RequestAttachments {

    static final int MAX_FILES = 3;
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Set<FileKind> ACCEPTED =
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

    /** What is wrong with the files, under the form field {@code attachments}; empty when they may be stored. */
    static Map<String, String> problems(List<ApplicantFile> files) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            messages.add("材料最多上传 " + MAX_FILES + " 个文件（您选择了 " + files.size() + " 个），请合并为 PDF 后再上传。");
        }
        for (ApplicantFile f : files.stream().limit(MAX_FILES).toList()) {
            String name = displayName(f.fileName());
            if (f.content().length > MAX_BYTES) {
                messages.add("《" + name + "》超过 " + MAX_BYTES / 1024 / 1024 + " MB，请压缩或拍摄清晰度适中的照片后再上传。");
                continue;
            }
            FileKind kind = FileKind.detect(f.content());
            if (kind == null || !ACCEPTED.contains(kind)) {
                messages.add("《" + name + "》不是可接受的格式：材料只能是 PDF、OFD、Word（DOCX）或 JPEG、PNG 图片（按文件内容判断，不看扩展名）。");
            } else if (!kind.agreesWith(name)) {
                messages.add("《" + name + "》的内容是 " + kind.label() + "，与扩展名不符，请上传原始文件。");
            }
        }
        if (!messages.isEmpty()) {
            errors.put("attachments", String.join(" ", messages));
        }
        return errors;
    }

    void store(long requestId, List<ApplicantFile> files, String by) {
        for (ApplicantFile f : files) {
            FileKind kind = FileKind.detect(f.content());
            jdbc.sql("insert into request_attachment (request_id, file_name, media_type, size_bytes, content, "
                            + "uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            requestId,
                            displayName(f.fileName()),
                            kind.mediaType(),
                            f.content().length,
                            applicantData.sealFile(f.content()),
                            utc(clock.instant()),
                            by)
                    .update();
        }
    }

    List<RequestAttachment> of(long requestId) {
        return jdbc.sql("select id, request_id, file_name, media_type, size_bytes, uploaded_at, uploaded_by "
                        + "from request_attachment where request_id = ? order by id")
                .param(requestId)
                .query((rs, n) -> new RequestAttachment(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getInt("size_bytes"),
                        instant(rs, "uploaded_at"),
                        rs.getString("uploaded_by")))
                .list();
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

    /** The name kept: no path, no control characters, at most 200 characters. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Texts.clean(name.replaceAll("\\p{Cntrl}", ""));
        if (name == null) {
            return "材料";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}

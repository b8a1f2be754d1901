package org.gongkai.assessment;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.shared.FileKind;
import org.gongkai.shared.RuleViolation;

/**
 * The files a unit hands in as evidence (佐证材料): documents and images the platform accepts, judged by their content,
 * at most {@link #MAX_BYTES} each and {@link #MAX_FILES} for one item or one rectification. Every problem is named in
 * one message; nothing is stored unless every file passes.
 */
final class EvidenceFiles {

    static final int MAX_FILES = 10;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private EvidenceFiles() {}

    /** The files, checked against the {@code kept} already there; throws with every problem named. */
    static List<EvidenceUpload> checked(List<EvidenceUpload> files, int kept) {
        List<EvidenceUpload> chosen = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> f != null && f.content() != null && f.content().length > 0)
                        .toList();
        if (chosen.isEmpty()) {
            throw new RuleViolation("files", "请选择要上传的佐证材料。");
        }
        List<String> problems = new ArrayList<>();
        if (kept + chosen.size() > MAX_FILES) {
            problems.add("每项佐证材料最多 " + MAX_FILES + " 个文件（已有 " + kept + " 个，您选择了 " + chosen.size() + " 个），请合并后再上传。");
        }
        for (EvidenceUpload f : chosen.stream().limit(MAX_FILES).toList()) {
            String name = FileKind.displayName(f.fileName());
            if (f.content().length > MAX_BYTES) {
                problems.add("《" + name + "》超过 10 MB，请压缩或拆分后再上传。");
                continue;
            }
            FileKind kind = FileKind.detect(f.content());
            if (kind == null) {
                problems.add(
                        "《" + name + "》不是可接受的格式：只能是 PDF、OFD、Word（DOCX）、Excel（XLSX）或 PNG、JPEG、GIF 图片（按文件内容判断，不看扩展名）。");
            } else if (!kind.agreesWith(name)) {
                problems.add("《" + name + "》的内容是 " + kind.label() + "，与扩展名不符，请上传原始文件。");
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("files", String.join(" ", problems));
        }
        return chosen;
    }
}

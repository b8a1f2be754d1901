package org.gongkai.report.web;

import org.gongkai.report.ReportFiles;
import org.gongkai.shared.web.Downloads;
import org.springframework.http.ResponseEntity;

/** A report's file in the format asked for, named after the report. */
final class ReportDownloads {

    private ReportDownloads() {}

    static ResponseEntity<byte[]> of(ReportFiles files, ReportFiles.Contents contents, String format) {
        String name = contents.title()
                + (contents.report().isCorrection() ? "（第" + contents.report().edition() + "版）" : "");
        return switch (format) {
            case "docx" ->
                Downloads.bytes(
                        name + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        files.docx(contents));
            case "xlsx" ->
                Downloads.bytes(
                        name + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        files.xlsx(contents));
            default -> Downloads.bytes(name + ".pdf", "application/pdf", files.pdf(contents));
        };
    }
}

package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter of a case as it is printed and sent (告知书, 通知书, 征求意见书): its kind, title, number, addressee, paragraphs,
 * the unit that signs it with the seal area, and its date. Composed by {@link Notices}, written out by
 * {@link NoticeDocuments} as .docx and PDF.
 */
public record Notice(
        Kind kind,
        String title,
        String number,
        String addressee,
        List<String> paragraphs,
        String unit,
        LocalDate date) {

    /** The letters a case produces. */
    public enum Kind {
        REPLY("答复告知书"),
        CORRECTION("补正告知书"),
        EXTENSION("延期答复告知书"),
        FEE("收费通知书"),
        CONSULTATION("征求意见书");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A file name without characters a file system or a header could trip on. */
    public String fileName(String extension) {
        return (number + "-" + kind.label()).replaceAll("[^0-9A-Za-z\\u4e00-\\u9fa5\\-]", "") + "." + extension;
    }
}

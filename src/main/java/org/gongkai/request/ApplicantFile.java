package org.gongkai.request;

/** A file an applicant hands in with an application, as uploaded: the name it came with and its bytes. */
public record ApplicantFile(String fileName, byte[] content) {

    /** A browser sends an empty part when no file was chosen: such a part is no file. */
    public boolean isEmpty() {
        return content == null || content.length == 0;
    }
}

package org.gongkai.assessment;

/** A file a unit posts as evidence (佐证材料), as the form delivers it; the services check it before storing anything. */
public record EvidenceUpload(String fileName, byte[] content) {

    /** More parts than this are not read at all: the check names the excess from the count. */
    public static final int MAX_READ = EvidenceFiles.MAX_FILES + 1;
}

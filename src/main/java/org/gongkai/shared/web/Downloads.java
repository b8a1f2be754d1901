package org.gongkai.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads with the Chinese file name kept (RFC 6266 filename*), never sniffed or run by the browser. */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<Resource> file(String fileName, String mediaType, Resource content) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(mediaType))
                .body(content);
    }

    /** A file made or opened for one staff member (a letter, a case file, an applicant's material): never cached. */
    public static ResponseEntity<byte[]> bytes(String fileName, String mediaType, byte[] content) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(mediaType))
                .body(content);
    }
}

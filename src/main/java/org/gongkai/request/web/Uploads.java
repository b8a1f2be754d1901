package org.gongkai.request.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.gongkai.request.ApplicantFile;
import org.springframework.web.multipart.MultipartFile;

/** The files of a posted application as the intake takes them (the container has bounded their sizes already). */
final class Uploads {

    /** More parts than this are not read at all: the intake names the excess from the count. */
    private static final int MAX_READ = 10;

    private Uploads() {}

    static List<ApplicantFile> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> f != null && !f.isEmpty())
                .limit(MAX_READ)
                .map(Uploads::read)
                .toList();
    }

    private static ApplicantFile read(MultipartFile file) {
        try {
            return new ApplicantFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

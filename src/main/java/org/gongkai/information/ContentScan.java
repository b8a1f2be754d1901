package org.gongkai.information;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.information.Finding.Resolution;
import org.gongkai.shared.Actors;
import org.gongkai.shared.PersonalInformationFinding;
import org.gongkai.shared.PersonalInformationScanner;
import org.springframework.stereotype.Component;

/**
 * The scan before sign-off: title, summary, body and every attachment's text are searched for personal
 * information and for the wording list. Findings are kept by a fingerprint (a hash, never the value),
 * so one that was accepted stays accepted while the text keeps it, and one that was masked disappears.
 */
@Component
class ContentScan {

    /** A finding in the current text: where, what, its fingerprint, how it is shown, and the text that matched. */
    record Hit(
            String source, FindingKind kind, String fingerprint, String excerpt, String matched, String replacement) {}

    private final InformationRepository records;
    private final FindingRepository findings;
    private final WordingRules wording;
    private final java.time.Clock clock;

    ContentScan(
            InformationRepository records, FindingRepository findings, WordingRules wording, java.time.Clock clock) {
        this.records = records;
        this.findings = findings;
        this.wording = wording;
        this.clock = clock;
    }

    /** Scans the working copy and brings its findings up to date; returns how many are open. */
    long refresh(long recordId) {
        Map<String, Hit> hits = new LinkedHashMap<>();
        scan(recordId).forEach(h -> hits.putIfAbsent(h.fingerprint(), h));
        Map<String, Resolution> known = new LinkedHashMap<>();
        findings.fingerprints(recordId).forEach(f -> known.put(f.fingerprint(), f.resolution()));
        known.forEach((fingerprint, resolution) -> {
            if (!hits.containsKey(fingerprint)) {
                // gone from the text: an open finding was corrected by hand; masked and accepted ones stay, so that
                // the secrecy reviewer and the signer see how every finding was handled (issue 9 §25)
                if (resolution == Resolution.OPEN) {
                    findings.resolveFinding(
                            recordId,
                            fingerprint,
                            Resolution.MASKED,
                            "编辑修改后不再出现",
                            Actors.currentName(),
                            clock.instant());
                }
            } else if (resolution == Resolution.MASKED) {
                findings.reopenFinding(recordId, fingerprint);
            }
        });
        hits.values().stream()
                .filter(h -> !known.containsKey(h.fingerprint()))
                .forEach(h -> findings.insertFinding(recordId, h.source(), h.kind(), h.fingerprint(), h.excerpt()));
        return findings.openFindings(recordId);
    }

    Optional<Hit> locate(long recordId, String fingerprint) {
        return scan(recordId).stream()
                .filter(h -> h.fingerprint().equals(fingerprint))
                .findFirst();
    }

    private List<Hit> scan(long recordId) {
        GovernmentInformation r = records.find(recordId).orElseThrow();
        List<Hit> hits = new ArrayList<>();
        List<WordingRule> rules = wording.rules();
        scanText(recordId, Sources.TITLE, r.title(), rules, hits);
        scanText(recordId, Sources.SUMMARY, r.summary(), rules, hits);
        scanText(recordId, Sources.BODY, records.bodyText(recordId), rules, hits);
        for (InformationRepository.AttachmentText a : records.attachmentTexts(recordId)) {
            scanText(recordId, Sources.attachment(a.attachmentId()), a.text(), rules, hits);
        }
        return hits;
    }

    private static void scanText(long recordId, String source, String text, List<WordingRule> rules, List<Hit> hits) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (PersonalInformationFinding f : PersonalInformationScanner.scan(text)) {
            String matched = text.substring(f.start(), f.end());
            FindingKind kind = FindingKind.of(f.kind());
            hits.add(new Hit(
                    source, kind, fingerprint(recordId, source, kind, matched), f.masked(), matched, f.masked()));
        }
        for (WordingRule rule : rules) {
            int at = text.indexOf(rule.phrase());
            if (at < 0) {
                continue;
            }
            FindingKind kind = rule.kind().wrong() ? FindingKind.ERRONEOUS_WORDING : FindingKind.SENSITIVE_WORDING;
            String excerpt = context(text, at, rule.phrase().length())
                    + (rule.replacement() == null ? "" : "（应为“" + rule.replacement() + "”）")
                    + (rule.note() == null ? "" : "：" + rule.note());
            hits.add(new Hit(
                    source,
                    kind,
                    fingerprint(recordId, source, kind, rule.phrase()),
                    excerpt.length() > 300 ? excerpt.substring(0, 300) : excerpt,
                    rule.phrase(),
                    rule.replacement()));
        }
    }

    private static String context(String text, int at, int length) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + length + 12);
        String masked = PersonalInformationScanner.mask(text.substring(from, to));
        return (from > 0 ? "…" : "") + masked.replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }

    private static String fingerprint(long recordId, String source, FindingKind kind, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((recordId + "|" + source + "|" + kind + "|" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

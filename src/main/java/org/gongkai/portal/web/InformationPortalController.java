package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublishedInformation;
import org.gongkai.information.PublishedSummary;
import org.gongkai.information.TopicCategories;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A published record's page: the metadata block before the body, attachments, validity links, earlier revisions. */
@Controller
class InformationPortalController {

    private final PublicInformation information;
    private final TopicCategories topics;
    private final OrganizationDirectory directory;

    private final org.gongkai.information.Decisions decisions;

    InformationPortalController(
            PublicInformation information,
            TopicCategories topics,
            OrganizationDirectory directory,
            org.gongkai.information.Decisions decisions) {
        this.decisions = decisions;
        this.information = information;
        this.topics = topics;
        this.directory = directory;
    }

    /** {@code /information/MB0001521/2026-00001}: the 索引号 is the address, slashes included. */
    @GetMapping("/information/{*indexNumber}")
    String record(
            @PathVariable String indexNumber,
            @RequestParam(required = false) Integer revision,
            Model model,
            HttpServletRequest request) {
        String number = indexNumber.startsWith("/") ? indexNumber.substring(1) : indexNumber;
        if (number.isEmpty() || number.length() > 100) {
            throw new NotFound("您访问的信息不存在。");
        }
        PublicInformation.RecordPage page = information.page(number, revision);
        PublishedInformation r = page.record();
        model.addAttribute("record", r);
        model.addAttribute("issuers", issuers(r));
        model.addAttribute("topicPath", topics.path(r.topicCode()));
        model.addAttribute("revisions", page.revisions());
        List<PublishedSummary> amended = page.amended();
        if (revision == null) {
            PageTags.subject(request, r.recordId());
        } else {
            PageTags.record(request, r.recordId());
        }
        if (r.validityRecord() != null) {
            PageTags.record(request, r.validityRecord().recordId());
        }
        PageTags.shown(request, amended);
        model.addAttribute("amended", amended);
        model.addAttribute("names", directory.names());
        model.addAttribute("catalogLinks", page.catalogLinks());
        model.addAttribute("interpretation", page.interpretation());
        model.addAttribute(
                "consultation", decisions.publicConsultation(r.recordId()).orElse(null));
        model.addAttribute("explains", page.explains());
        model.addAttribute("interpretations", page.interpretations());
        // linked pages show each other's titles: a correction or withdrawal of either evicts both
        page.explains().forEach(e -> PageTags.record(request, e.recordId()));
        page.interpretations().forEach(i -> PageTags.record(request, i.recordId()));
        return "portal/information/record";
    }

    @GetMapping("/files/{attachmentId}")
    ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable long attachmentId) {
        PublicInformation.PublicFile file = information.attachment(attachmentId);
        return Downloads.file(file.attachment().fileName(), file.attachment().mediaType(), file.content());
    }

    private List<String> issuers(PublishedInformation r) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(r.organizationId()), r.jointIssuerIds().stream())
                .map(directory::find)
                .flatMap(Optional::stream)
                .map(Organization::name)
                .toList();
    }
}

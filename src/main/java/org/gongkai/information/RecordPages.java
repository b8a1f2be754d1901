package org.gongkai.information;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's record page as one read (issue 10 §3): the record is loaded and its access decided once, then each
 * part the page shows is read with one statement; the organizations come from the directory's snapshot and the
 * access decisions of the request are kept by {@code AccessControl}. {@code ConsoleQueryCountsIntegrationTests}
 * holds the page to its bound.
 */
@Service
public class RecordPages {

    private final InformationEditing editing;
    private final InformationReview review;
    private final Redactions redactions;
    private final InformationRepository records;
    private final FindingRepository findings;
    private final CatalogItems catalogItems;
    private final OrganizationDirectory directory;
    private final TopicCategories topics;
    private final Interpretations interpretations;
    private final Decisions decisions;

    RecordPages(
            InformationEditing editing,
            InformationReview review,
            Redactions redactions,
            InformationRepository records,
            FindingRepository findings,
            CatalogItems catalogItems,
            OrganizationDirectory directory,
            TopicCategories topics,
            Interpretations interpretations,
            Decisions decisions) {
        this.interpretations = interpretations;
        this.decisions = decisions;
        this.editing = editing;
        this.review = review;
        this.redactions = redactions;
        this.records = records;
        this.findings = findings;
        this.catalogItems = catalogItems;
        this.directory = directory;
        this.topics = topics;
    }

    @Transactional(readOnly = true)
    public RecordPage page(long id) {
        GovernmentInformation r = editing.record(id);
        long unit = r.organizationId();
        boolean mayEdit = editing.canEdit(unit);
        boolean published = r.publishedRevision() != null;
        List<Long> unconfirmed = records.unconfirmedIssuers(id);
        RecordPage.Allowed allowed = new RecordPage.Allowed(
                mayEdit && r.status().isEditable(),
                mayEdit && r.status() == RecordStatus.PUBLISHED,
                editing.canAbandonCorrection(r),
                review.canClear(r),
                review.canSignOff(r),
                review.canWithdraw(r),
                review.canChangeValidity(r),
                published && redactions.canPropose(unit),
                published && redactions.canDecide(unit));
        // the unit's catalog items are read once: for the links' names and, when the record may be edited, the choice
        List<InformationRepository.StoredLink> links = records.catalogLinks(id);
        Map<String, CatalogLink> items = allowed.edit() || !links.isEmpty() ? catalogItems.of(unit) : Map.of();
        return new RecordPage(
                r,
                directory.find(unit).orElseThrow(),
                organizations(r.jointIssuerIds()),
                topics.path(r.topicCode()),
                records.attachments(id),
                findings.findings(id),
                records.reviews(id),
                editing.deadline(r),
                unconfirmed,
                organizations(unconfirmed.stream()
                        .filter(editing::canConfirmJointIssue)
                        .toList()),
                CatalogItems.resolve(items, links),
                allowed.edit() ? List.copyOf(items.values()) : null,
                published ? redactions.proposals(id) : null,
                published ? redactions.revisionFindings(id) : null,
                interpretations.panel(r, allowed.edit(), allowed.signOff()),
                decisions.panel(r, allowed.edit()),
                allowed);
    }

    private List<Organization> organizations(List<Long> ids) {
        return ids.stream().map(directory::find).flatMap(Optional::stream).toList();
    }
}

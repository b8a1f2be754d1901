package org.gongkai.information;

import java.util.List;
import org.gongkai.organization.DirectoryChanged;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A unit moved under another parent: in the same transaction, the public records it or a unit below it issued are
 * listed under their new higher units (the tree scopes of {@link PublicListing}), and each is announced as
 * {@link PublicInformationChanged.IssuingUnitMoved} so that the search index, the render caches and the other nodes
 * follow.
 */
@Component
class IssuingUnitMoves {

    private final PublicListing listing;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;

    IssuingUnitMoves(PublicListing listing, OrganizationDirectory directory, ApplicationEventPublisher events) {
        this.listing = listing;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(DirectoryChanged.OrganizationMoved moved) {
        List<Long> records = listing.recordsOf(directory.subtree(moved.organizationId()));
        listing.refresh(records);
        for (long recordId : records) {
            events.publishEvent(new PublicInformationChanged.IssuingUnitMoved(recordId, moved.organizationId()));
        }
    }
}

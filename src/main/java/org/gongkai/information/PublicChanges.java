package org.gongkai.information;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a change to what the public sees of a record is made known: the public read model is brought
 * in line in the same transaction, and {@link PublicInformationChanged} goes to derived data (search index,
 * render cache) through the event publication registry after the commit.
 */
@Component
class PublicChanges {

    private final PublicListing listing;
    private final ApplicationEventPublisher events;

    PublicChanges(PublicListing listing, ApplicationEventPublisher events) {
        this.listing = listing;
        this.events = events;
    }

    /** Call inside the transaction that published, corrected, withdrew or changed the validity of the record. */
    void changed(PublicInformationChanged change) {
        listing.refresh(change.recordId());
        events.publishEvent(change);
    }

    /**
     * Many records published at once (a migration's batch): the read model follows in one go; each is announced, or,
     * for a bulk load that rebuilds derived data afterwards, none.
     */
    void published(java.util.List<Long> recordIds, boolean announce) {
        listing.refresh(recordIds);
        if (announce) {
            recordIds.forEach(id -> events.publishEvent(new PublicInformationChanged.InformationPublished(id, 1)));
        }
    }
}

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

    /** For a bulk load that rebuilds derived data afterwards: the read model follows, no event is sent. */
    void changedQuietly(long recordId) {
        listing.refresh(recordId);
    }
}

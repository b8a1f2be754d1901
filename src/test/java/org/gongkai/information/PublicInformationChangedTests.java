package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.catalog.CatalogPublished;
import org.gongkai.catalog.NegativeListPublished;
import org.gongkai.organization.DirectoryChanged;
import org.gongkai.shared.PublicContentChanged;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed events of a record's public state survive the event publication registry's round trip (Jackson), and a
 * publication stored before the events were typed ({@code {"recordId":…}} under the old record name, now the
 * interface's) is read back with that record's id, so its listeners still follow the record.
 */
class PublicInformationChangedTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachEventRoundTripsAsItself() {
        for (PublicInformationChanged event : new PublicInformationChanged[] {
            new PublicInformationChanged.InformationPublished(7, 2),
            new PublicInformationChanged.InformationWithdrawn(7),
            new PublicInformationChanged.InformationValidityChanged(7, Validity.REPEALED),
            new PublicInformationChanged.AmendedRecordMarked(8, 7),
            new PublicInformationChanged.InterpretationLinkChanged(8, 7),
            new PublicInformationChanged.InformationRedacted(7, 1),
            new PublicInformationChanged.JointIssueConfirmed(7, 3)
        }) {
            String stored = json.writeValueAsString(event);
            assertThat(json.readValue(stored, event.getClass())).isEqualTo(event);
        }
    }

    @Test
    void aPublicationStoredBeforeTheEventsWereTypedIsReadWithItsRecord() {
        PublicInformationChanged legacy = json.readValue("{\"recordId\":42}", PublicInformationChanged.class);
        assertThat(legacy.recordId()).isEqualTo(42);
        assertThat(legacy).isInstanceOf(PublicInformationChanged.StoredBeforeTyping.class);
    }

    @Test
    void contentEventsRoundTripAndOldOnesAreReadAsShowingOnRecordPages() {
        for (PublicContentChanged event : new PublicContentChanged[] {
            new DirectoryChanged.OrganizationUpdated(3),
            new DirectoryChanged.OrganizationContactsUpdated(3),
            new DirectoryChanged.JurisdictionCreated(1),
            new CatalogPublished(5, 3, 17, 2),
            new NegativeListPublished(6, 3, 1),
            new DisclosureGuidePublished(3)
        }) {
            assertThat(json.readValue(json.writeValueAsString(event), event.getClass()))
                    .isEqualTo(event);
        }
        assertThat(new DirectoryChanged.OrganizationUpdated(3).showsOnRecordPages())
                .isTrue();
        assertThat(new CatalogPublished(5, 3, 17, 2).showsOnRecordPages()).isTrue();
        assertThat(new DisclosureGuidePublished(3).showsOnRecordPages()).isFalse();
        PublicContentChanged old = json.readValue("{\"what\":\"organization_update\"}", PublicContentChanged.class);
        assertThat(old.showsOnRecordPages()).isTrue();
    }
}

package org.gongkai.organization;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The public directory changed: a jurisdiction or an organization was created or updated, or a unit's contact details
 * (机构职能 and contacts, 国务院令第711号 第二十条). The directory's snapshot is read again; a unit's name shows on its
 * records' pages, its contact details and jurisdictions do not.
 */
public sealed interface DirectoryChanged extends PublicContentChanged {

    /** Only a unit's name shows on record pages; everything else of the directory does not. */
    @Override
    default boolean showsOnRecordPages() {
        return false;
    }

    @JsonDeserialize
    record JurisdictionCreated(long jurisdictionId) implements DirectoryChanged {}

    @JsonDeserialize
    record JurisdictionUpdated(long jurisdictionId) implements DirectoryChanged {}

    @JsonDeserialize
    record OrganizationCreated(long organizationId) implements DirectoryChanged {}

    /** Its name, kind, parent or functions: record pages show the unit's name. */
    @JsonDeserialize
    record OrganizationUpdated(long organizationId) implements DirectoryChanged {
        @Override
        public boolean showsOnRecordPages() {
            return true;
        }
    }

    /**
     * Moved under another parent (published with {@link OrganizationUpdated}): what was listed under the units above
     * it (a site's listing and search) is listed under its new ones.
     */
    @JsonDeserialize
    record OrganizationMoved(long organizationId) implements DirectoryChanged {}

    @JsonDeserialize
    record OrganizationContactsUpdated(long organizationId) implements DirectoryChanged {}
}

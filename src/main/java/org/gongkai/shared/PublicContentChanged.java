package org.gongkai.shared;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Something the public pages show besides records changed. Each change is a past-tense event of the module that made
 * it, carrying its ids ({@code CatalogPublished}, {@code NegativeListPublished}, {@code DisclosureGuidePublished}, the
 * organization directory's {@code DirectoryChanged} events); listeners drop cached public pages after the commit and,
 * when record pages show what changed (a unit's name, its catalog items), render the static record pages again.
 * Published records have their own event ({@code PublicInformationChanged}). A publication the registry stored before
 * the events were typed is read back as {@link StoredBeforeTyping}, treated as showing on record pages.
 */
@JsonDeserialize(as = PublicContentChanged.StoredBeforeTyping.class)
public interface PublicContentChanged {

    /** Whether record pages show what changed, so that the static record pages are rendered again. */
    boolean showsOnRecordPages();

    /** A change stored by the registry before the events were typed, with its old description. */
    @JsonDeserialize
    record StoredBeforeTyping(String what) implements PublicContentChanged {
        @Override
        public boolean showsOnRecordPages() {
            return true;
        }
    }
}

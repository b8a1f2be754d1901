package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.information.InformationQuery;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublishedSummary;

/**
 * What a public page shows, as tags the render cache evicts it by: {@code record:<id>} for each record whose
 * title, dates or validity appear on it, {@code front:site} or {@code front:<unit id>} for the front of a
 * listing that a new or withdrawn record changes (numbered listing pages, unit pages, feeds, the home page), and
 * {@code front:tree:<unit id>} for the front of a site's listing (the records of a unit and the units below it).
 * The front of a listing filtered by 栏目, 主题, 文种, year or 有效性 carries its scope's front with one of its filters
 * instead ({@code front:site|topic=01}) and that filter's kind ({@code front:site|topic}): a record changes it only
 * when it has that value, or when the kind of value may have changed (a correction, a withdrawal).
 * Controllers add tags while rendering; a page without tags is only dropped by its age or a full emptying.
 */
final class PageTags {

    static final String SITE = "site";
    private static final String RECORD = "record:";
    private static final String ATTRIBUTE = PageTags.class.getName();
    private static final String SUBJECT = PageTags.class.getName() + ".subject";

    private PageTags() {}

    static void start(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, new HashSet<String>());
    }

    static Set<String> of(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) request.getAttribute(ATTRIBUTE);
        return tags == null ? Set.of() : tags;
    }

    /** Tags the page with every record it lists. */
    static void shown(HttpServletRequest request, Collection<PublishedSummary> records) {
        records.forEach(r -> add(request, record(r.recordId())));
    }

    static void record(HttpServletRequest request, long recordId) {
        add(request, record(recordId));
    }

    /** The page is the record's own page (tagged with it too); static publication stores it under that record. */
    static void subject(HttpServletRequest request, long recordId) {
        record(request, recordId);
        request.setAttribute(SUBJECT, recordId);
    }

    /** The record whose own page this is, if it is one. */
    static Long subject(HttpServletRequest request) {
        return (Long) request.getAttribute(SUBJECT);
    }

    /** The front of the site's listings ({@code unitId} null) or of a unit's. */
    static void front(HttpServletRequest request, Long unitId) {
        add(request, front(unitId));
    }

    /** The front of the listing of a unit's records and its lower units' (a site's, 网站群). */
    static void frontOfTree(HttpServletRequest request, long unitId) {
        add(request, tree(unitId));
    }

    /** The filters of a listing by which its front is tagged, most selective first. */
    enum Facet {
        COLUMN("column"),
        TOPIC("topic"),
        TYPE("type"),
        YEAR("year"),
        VALIDITY("validity");

        private final String key;

        Facet(String key) {
            this.key = key;
        }
    }

    /**
     * The front of a listing in {@code scope} (a {@link #front(Long)} or {@link #tree(long)} tag): tagged by the first
     * of its filters, or by the scope alone when it has none (or one a record's facets do not tell, a catalog item).
     */
    static void listingFront(HttpServletRequest request, String scope, InformationQuery q) {
        if (q.catalogAreaId() != null) {
            add(request, scope);
        } else if (q.column() != null) {
            faceted(request, scope, Facet.COLUMN, q.column().name());
        } else if (q.topicCode() != null) {
            faceted(request, scope, Facet.TOPIC, q.topicCode());
        } else if (q.documentType() != null) {
            faceted(request, scope, Facet.TYPE, q.documentType().name());
        } else if (q.year() != null) {
            faceted(request, scope, Facet.YEAR, q.year().toString());
        } else if (q.validity() != null) {
            faceted(request, scope, Facet.VALIDITY, q.validity().name());
        } else {
            add(request, scope);
        }
    }

    private static void faceted(HttpServletRequest request, String scope, Facet facet, String value) {
        add(request, kind(scope, facet));
        add(request, kind(scope, facet) + "=" + value);
    }

    static String kind(String scope, Facet facet) {
        return scope + "|" + facet.key;
    }

    /**
     * The tags of the filtered fronts in {@code scope} a record with these facets is on ({@code facets} null when the
     * record is not public), and of every filtered front of the kinds its facets may have changed in.
     */
    static List<String> facetsOf(String scope, PublicInformation.ListingFacets facets, Set<Facet> changed) {
        List<String> tags = new ArrayList<>();
        for (Facet facet : changed) {
            tags.add(kind(scope, facet));
        }
        if (facets != null) {
            if (facets.column() != null && !facets.column().isEmpty()) {
                tags.add(kind(scope, Facet.COLUMN) + "=" + facets.column());
            }
            String topic = facets.topicCode() == null ? "" : facets.topicCode();
            if (!topic.isEmpty()) {
                tags.add(kind(scope, Facet.TOPIC) + "=" + topic);
                if (topic.length() > 2) {
                    tags.add(kind(scope, Facet.TOPIC) + "=" + topic.substring(0, 2));
                }
            }
            tags.add(kind(scope, Facet.TYPE) + "=" + facets.documentType());
            tags.add(kind(scope, Facet.YEAR) + "=" + facets.year());
            tags.add(kind(scope, Facet.VALIDITY) + "=" + facets.validity());
        }
        return tags;
    }

    static String tree(long unitId) {
        return "front:tree:" + unitId;
    }

    static String record(long recordId) {
        return RECORD + recordId;
    }

    /** The records among these tags. */
    static Set<Long> recordIds(Collection<String> tags) {
        Set<Long> ids = new HashSet<>();
        for (String tag : tags) {
            if (tag.startsWith(RECORD)) {
                ids.add(Long.parseLong(tag.substring(RECORD.length())));
            }
        }
        return ids;
    }

    static String front(Long unitId) {
        return "front:" + (unitId == null ? SITE : unitId.toString());
    }

    private static void add(HttpServletRequest request, String tag) {
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) request.getAttribute(ATTRIBUTE);
        if (tags != null) {
            tags.add(tag);
        }
    }
}

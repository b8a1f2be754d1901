package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.gongkai.information.PublishedSummary;

/**
 * What a public page shows, as tags the render cache evicts it by: {@code record:<id>} for each record whose
 * title, dates or validity appear on it, {@code front:site} or {@code front:<unit id>} for the front of a
 * listing that a new or withdrawn record changes (numbered listing pages, unit pages, feeds, the home page), and
 * {@code front:tree:<unit id>} for the front of a site's listing (the records of a unit and the units below it).
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

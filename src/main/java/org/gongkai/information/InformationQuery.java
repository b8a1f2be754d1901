package org.gongkai.information;

/**
 * Filters of the public listings and the API; every one is optional. {@code topicCode} matches the
 * category and its subcategories; {@code year} is the year of first publication; {@code catalogAreaId} and
 * {@code catalogItemKey} select records linked to a standard-catalog area or item; {@code within} selects the
 * records issued by a unit or any unit below it (a site's listing, 网站群), where {@code organizationId} selects those
 * the unit issued itself.
 */
public record InformationQuery(
        Long organizationId,
        DisclosureColumn column,
        String topicCode,
        DocumentType documentType,
        Integer year,
        Validity validity,
        Sort sort,
        int page,
        int size,
        Long catalogAreaId,
        String catalogItemKey,
        Long within) {

    public enum Sort {
        /** newest publication first */
        PUBLISHED,
        /** newest 成文日期 first */
        WRITTEN
    }

    public static final int MAX_SIZE = 100;

    public InformationQuery {
        sort = sort == null ? Sort.PUBLISHED : sort;
        page = Math.max(page, 1);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    /** Filters of the whole platform or one unit. */
    public InformationQuery(
            Long organizationId,
            DisclosureColumn column,
            String topicCode,
            DocumentType documentType,
            Integer year,
            Validity validity,
            Sort sort,
            int page,
            int size,
            Long catalogAreaId,
            String catalogItemKey) {
        this(
                organizationId,
                column,
                topicCode,
                documentType,
                year,
                validity,
                sort,
                page,
                size,
                catalogAreaId,
                catalogItemKey,
                null);
    }

    /** Filters without a catalog item. */
    public InformationQuery(
            Long organizationId,
            DisclosureColumn column,
            String topicCode,
            DocumentType documentType,
            Integer year,
            Validity validity,
            Sort sort,
            int page,
            int size) {
        this(organizationId, column, topicCode, documentType, year, validity, sort, page, size, null, null);
    }

    public static InformationQuery all() {
        return new InformationQuery(null, null, null, null, null, null, null, 1, 20);
    }

    public InformationQuery withPage(int newPage) {
        return new InformationQuery(
                organizationId,
                column,
                topicCode,
                documentType,
                year,
                validity,
                sort,
                newPage,
                size,
                catalogAreaId,
                catalogItemKey,
                within);
    }

    /** The same filters over the records of this unit and the units below it. */
    public InformationQuery within(Long unitId) {
        return new InformationQuery(
                organizationId,
                column,
                topicCode,
                documentType,
                year,
                validity,
                sort,
                page,
                size,
                catalogAreaId,
                catalogItemKey,
                unitId);
    }
}

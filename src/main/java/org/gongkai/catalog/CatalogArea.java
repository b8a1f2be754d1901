package org.gongkai.catalog;

/**
 * 领域: one of the 26 national areas of 国办发〔2019〕54号, or a local area added by the supervising
 * office. {@code guidelineVersion} counts the edits of its guideline.
 */
public record CatalogArea(
        long id, String name, int sortOrder, boolean national, String issuer, int guidelineVersion, int version) {}

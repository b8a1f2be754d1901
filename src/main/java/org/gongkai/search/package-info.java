/**
 * Chinese full-text search over published government information: title, 文号, summary, body and
 * attachment text, segmented into the words of Lucene's SmartChineseAnalyzer (by a faster implementation of its
 * model, {@link org.gongkai.search.ChineseWords}), behind the {@link org.gongkai.search.SearchIndex}
 * interface (a province can put OpenSearch behind it). The index is derived data: it follows
 * {@link org.gongkai.information.PublicInformationChanged} after each commit through the event
 * publication registry, and is rebuilt from the database when missing or out of step.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "information", "organization", "audit"})
package org.gongkai.search;

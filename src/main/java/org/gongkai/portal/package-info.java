/**
 * The public site: home page, navigation and the 政府信息公开 section (国办公开办函〔2019〕61号) with its
 * fixed columns per unit, the record pages with their metadata block, listings by unit, column, topic
 * and year. Business modules contribute their own public pages; this module frames them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "information", "search", "catalog", "request", "audit"})
package org.gongkai.portal;

/**
 * Disclosure on request (依申请公开, 国务院令第711号 第四章): applications received on every channel, the statutory
 * clock computed from each case's timeline ({@link org.gongkai.request.RequestClock}), correction, consultation,
 * extension, fees (国办函〔2020〕109号), the lawful reply types, and the case file from which the annual report's
 * section 三 is counted. The case is a move table ({@link org.gongkai.request.RequestMove}, ADR 0005); applicants'
 * personal data is sealed at rest.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "audit", "calendar", "search"})
package org.gongkai.request;

/**
 * Government information (政府信息) from drafting to repeal: the disclosure attribute set at the source,
 * the scan for personal information and erroneous or sensitive wording, secrecy review, sign-off,
 * publication with a 索引号 within 20 working days (国务院令第711号 第二十六条), corrections as numbered
 * revisions, withdrawal and validity. {@link org.gongkai.information.PublicInformation} is what the
 * public side reads; {@link org.gongkai.information.PublicInformationChanged} tells derived data
 * (search, caches) to follow.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "audit", "calendar", "catalog"})
package org.gongkai.information;

/**
 * The public site shell: home page, navigation and the 政府信息公开 section's entry, which lists the
 * columns that exist. Business modules contribute their own public pages; this module frames them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization"})
package org.gongkai.portal;

/**
 * Government information (政府信息) from drafting to repeal: the disclosure attribute set at the source,
 * secrecy review, sign-off, publication within 20 working days (国务院令第711号 第二十六条), validity and
 * cleanup. So far: the scan for personal information that must be masked or accepted before sign-off.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.gongkai.information;

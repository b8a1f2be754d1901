/**
 * The county's structure and its people: jurisdictions (GB/T 2260), organizations and their
 * disclosure-office contact details (国务院令第711号 第十二条, 第二十条(二)), staff accounts, roles
 * scoped to an organization and its subtree, sign-in and the password policy. Enforces 三员分立:
 * the system administrator manages structure and accounts, the security administrator grants roles
 * and sets the policy, the audit administrator only reads the audit trail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.gongkai.organization;

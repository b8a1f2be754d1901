/**
 * The staff shell: sign-in page, navigation by role, and the dashboard (my organization, my roles,
 * my recent actions). Business pages live with their modules; this module only frames them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "audit", "request", "information", "consultation"})
package org.gongkai.console;

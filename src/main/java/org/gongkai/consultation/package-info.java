/**
 * Public participation in decisions (公众参与, 国务院令第713号): public consultation on drafts (公开征求意见, 第十五条) with
 * its dated phases, moderated comments and the published 意见采纳情况 the decision's record links to (issue 15 §4–5).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "audit", "calendar", "information"})
package org.gongkai.consultation;

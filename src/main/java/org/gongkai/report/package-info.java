/**
 * The annual report (政府信息公开工作年度报告, 国务院令第711号 第四十九、五十条) in the national format of
 * 国办公开办函〔2021〕30号: its tables computed from the platform's records — table 二 from the information module,
 * tables 三 and 四 from the request module — and the format's consistency checks (RULES §2).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "audit", "information", "request", "catalog"})
package org.gongkai.report;

/**
 * The standard disclosure catalog (政务公开事项标准目录, 国办发〔2019〕54号): the areas and their
 * national guidelines (标准指引), each unit's catalogs with their items, reviewed level by level and
 * published only after review (逐级审核、先审后发), adjusted over time with history. Time limits keep
 * their printed phrase and a machine rule parsed from it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization", "audit", "calendar"})
package org.gongkai.catalog;

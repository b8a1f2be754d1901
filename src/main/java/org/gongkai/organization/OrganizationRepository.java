package org.gongkai.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

    private static final String ORG_COLUMNS = "id, name, kind, parent_id, jurisdiction_id, credit_code, functions, "
            + "office_address, office_hours, phone, fax, email, website, sort_order, version";
    /** Deeper than any real hierarchy (county → township → village); guards against corrupt data. */
    static final int MAX_DEPTH = 20;

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- jurisdictions

    List<Jurisdiction> jurisdictions() {
        return jdbc.sql("select id, code, name, level, parent_id, version from jurisdiction order by code")
                .query(OrganizationRepository::jurisdiction)
                .list();
    }

    Optional<Jurisdiction> jurisdiction(long id) {
        return jdbc.sql("select id, code, name, level, parent_id, version from jurisdiction where id = ?")
                .param(id)
                .query(OrganizationRepository::jurisdiction)
                .optional();
    }

    boolean jurisdictionCodeTaken(String code, Long exceptId) {
        return jdbc.sql("select count(*) from jurisdiction where code = ? and id <> ?")
                        .params(code, exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertJurisdiction(JurisdictionDraft d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into jurisdiction (code, name, level, parent_id) values (?, ?, ?, ?)")
                .params(d.code(), d.name(), d.level().name(), d.parentId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateJurisdiction(long id, int version, JurisdictionDraft d) {
        return jdbc.sql("update jurisdiction set code = ?, name = ?, level = ?, parent_id = ?, version = version + 1 "
                                + "where id = ? and version = ?")
                        .params(d.code(), d.name(), d.level().name(), d.parentId(), id, version)
                        .update()
                == 1;
    }

    // --- organizations

    List<Organization> organizations() {
        return jdbc.sql("select " + ORG_COLUMNS + " from organization order by sort_order, id")
                .query(OrganizationRepository::organization)
                .list();
    }

    Optional<Organization> organization(long id) {
        return jdbc.sql("select " + ORG_COLUMNS + " from organization where id = ?")
                .param(id)
                .query(OrganizationRepository::organization)
                .optional();
    }

    boolean organizationNameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from organization where name = ? and id <> ?")
                        .params(name, exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean creditCodeTaken(String code, Long exceptId) {
        return jdbc.sql("select count(*) from organization where credit_code = ? and id <> ?")
                        .params(code, exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long countOrganizations() {
        return jdbc.sql("select count(*) from organization").query(Long.class).single();
    }

    long insertOrganization(OrganizationDraft d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into organization (name, kind, parent_id, jurisdiction_id, credit_code, functions, office_address, "
                                + "office_hours, phone, fax, email, website, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.name(),
                        d.kind().name(),
                        d.parentId(),
                        d.jurisdictionId(),
                        d.creditCode(),
                        d.functions(),
                        d.officeAddress(),
                        d.officeHours(),
                        d.phone(),
                        d.fax(),
                        d.email(),
                        d.website(),
                        d.sortOrder() == null ? 0 : d.sortOrder())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateOrganization(long id, int version, OrganizationDraft d) {
        return jdbc.sql(
                                "update organization set name = ?, kind = ?, parent_id = ?, jurisdiction_id = ?, credit_code = ?, "
                                        + "functions = ?, office_address = ?, office_hours = ?, phone = ?, fax = ?, email = ?, website = ?, "
                                        + "sort_order = ?, version = version + 1 where id = ? and version = ?")
                        .params(
                                d.name(),
                                d.kind().name(),
                                d.parentId(),
                                d.jurisdictionId(),
                                d.creditCode(),
                                d.functions(),
                                d.officeAddress(),
                                d.officeHours(),
                                d.phone(),
                                d.fax(),
                                d.email(),
                                d.website(),
                                d.sortOrder() == null ? 0 : d.sortOrder(),
                                id,
                                version)
                        .update()
                == 1;
    }

    /** The organization and its ancestors, nearest first. */
    /** The organization and its ancestors up to the top, nearest first, in one statement. */
    List<Long> selfAndAncestors(long id) {
        return jdbc.sql("with recursive chain(id, parent_id, depth) as ("
                        + "select id, parent_id, 0 from organization where id = ? "
                        + "union all select o.id, o.parent_id, c.depth + 1 from organization o "
                        + "join chain c on o.id = c.parent_id where c.depth < " + (MAX_DEPTH - 1) + ") "
                        + "select id from chain order by depth")
                .param(id)
                .query(Long.class)
                .list();
    }

    /** Every organization's parent (null for the top), in one statement. */
    Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("select id, parent_id from organization").query(rs -> {
            parents.put(rs.getLong("id"), rs.getObject("parent_id", Long.class));
        });
        return parents;
    }

    Map<Long, List<Long>> childrenByParent() {
        Map<Long, List<Long>> children = new HashMap<>();
        jdbc.sql("select id, parent_id from organization where parent_id is not null")
                .query(rs -> {
                    children.computeIfAbsent(rs.getLong("parent_id"), k -> new ArrayList<>())
                            .add(rs.getLong("id"));
                });
        return children;
    }

    private static Jurisdiction jurisdiction(ResultSet rs, int n) throws SQLException {
        return new Jurisdiction(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                AdministrativeLevel.valueOf(rs.getString("level")),
                rs.getObject("parent_id", Long.class),
                rs.getInt("version"));
    }

    private static Organization organization(ResultSet rs, int n) throws SQLException {
        return new Organization(
                rs.getLong("id"),
                rs.getString("name"),
                OrganizationKind.valueOf(rs.getString("kind")),
                rs.getObject("parent_id", Long.class),
                rs.getLong("jurisdiction_id"),
                rs.getString("credit_code"),
                rs.getString("functions"),
                rs.getString("office_address"),
                rs.getString("office_hours"),
                rs.getString("phone"),
                rs.getString("fax"),
                rs.getString("email"),
                rs.getString("website"),
                rs.getInt("sort_order"),
                rs.getInt("version"));
    }

    java.util.Set<Long> unitsWithRole(String role) {
        return new java.util.HashSet<>(jdbc.sql(
                        "select distinct g.organization_id from role_grant g join staff_member s "
                                + "on s.id = g.staff_id where g.role = ? and s.enabled = true and g.organization_id is not null")
                .param(role)
                .query(Long.class)
                .list());
    }
}

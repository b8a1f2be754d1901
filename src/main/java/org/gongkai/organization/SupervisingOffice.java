package org.gongkai.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 政务公开主管部门 over a unit, by name: the unit of the staff who hold the SUPERVISOR role over it (usually the
 * government office). Shown where a review step awaits "the supervising office" (issue 9 §25).
 */
@Service
public class SupervisingOffice {

    private final JdbcClient jdbc;
    private final OrganizationRepository organizations;

    SupervisingOffice(JdbcClient jdbc, OrganizationRepository organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @Transactional(readOnly = true)
    public Optional<String> over(long organizationId) {
        List<Long> chain = organizations.selfAndAncestors(organizationId);
        return jdbc
                .sql("select o.name, g.organization_id, g.include_subtree from role_grant g "
                        + "join staff_member s on s.id = g.staff_id join organization o on o.id = s.organization_id "
                        + "where g.role = 'SUPERVISOR' and s.enabled = true order by g.id")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, Long.class), rs.getBoolean(3)})
                .list()
                .stream()
                .filter(r -> r[1] == null || chain.indexOf(r[1]) == 0 || (chain.indexOf(r[1]) > 0 && (Boolean) r[2]))
                .map(r -> (String) r[0])
                .findFirst();
    }
}

package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffAdministration;
import org.gongkai.organization.StaffDraft;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Issue 9 §10: the county-wide 错敏词库 is edited only with the supervisor grant over the county government. */
class WordingRulesIntegrationTests extends IntegrationTest {

    @Autowired
    WordingRules wording;

    @Autowired
    StaffAdministration staff;

    @Test
    void aVillageSupervisorCannotEditTheCountyWideList_theCountyOfficeCan() {
        long village = jdbc.sql(
                        "select id from organization where kind = 'VILLAGE_COMMITTEE' order by id fetch first 1 rows only")
                .query(Long.class)
                .single();
        actAs("sysadmin");
        String username = "v" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = staff.createAccount(new StaffDraft(username, "村监督员", null, village))
                .staffId();
        actAs("secadmin");
        staff.grantRole(id, Role.SUPERVISOR, village, false);

        actAs(username);
        assertThat(wording.canManage()).isFalse();
        String phrase = "测试词" + UUID.randomUUID().toString().substring(0, 6);
        assertThatThrownBy(() -> wording.add(phrase, null, WordingRule.Kind.SENSITIVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(wording.rules()).noneMatch(r -> r.phrase().equals(phrase));

        actAs("gkb");
        assertThat(wording.canManage()).isTrue();
        wording.add(phrase, null, WordingRule.Kind.SENSITIVE, null);
        assertThat(wording.rules()).anyMatch(r -> r.phrase().equals(phrase));
        long ruleId = wording.rules().stream()
                .filter(r -> r.phrase().equals(phrase))
                .findFirst()
                .orElseThrow()
                .id();
        actAs(username);
        assertThatThrownBy(() -> wording.remove(ruleId)).isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        wording.remove(ruleId);
    }
}

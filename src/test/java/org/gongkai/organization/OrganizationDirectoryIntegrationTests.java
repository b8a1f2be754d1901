package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public directory keeps the organizations it read for the many pages that show them, yet a transaction
 * that writes always sees its own changes, a rolled-back change never shows, and a committed one shows at once.
 */
class OrganizationDirectoryIntegrationTests extends IntegrationTest {

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    CountyAdministration county;

    @Autowired
    TransactionTemplate transactions;

    private OrganizationDraft department(String name) {
        long government = organizationId("示范县人民政府");
        Organization g = directory.find(government).orElseThrow();
        return new OrganizationDraft(
                name,
                OrganizationKind.DEPARTMENT,
                government,
                g.jurisdictionId(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                99);
    }

    @Test
    void aWriterSeesItsOwnChangesAndReadersSeeOnlyCommittedOnes() {
        actAs("sysadmin");
        assertThat(directory.names()).isNotEmpty(); // the directory now keeps a copy
        String rolledBack = "示范县临时局" + UUID.randomUUID().toString().substring(0, 6);
        transactions.executeWithoutResult(tx -> {
            long id = county.createOrganization(department(rolledBack));
            assertThat(directory.find(id)).isPresent();
            assertThat(directory.names()).containsValue(rolledBack);
            tx.setRollbackOnly();
        });
        assertThat(directory.names()).doesNotContainValue(rolledBack);

        String kept = "示范县数据局" + UUID.randomUUID().toString().substring(0, 6);
        long id = county.createOrganization(department(kept));
        assertThat(directory.names()).containsEntry(id, kept);
        assertThat(directory.tree()).extracting(e -> e.organization().name()).contains(kept);
    }
}

package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hash chain finds a changed, a removed and a truncated entry, and names the first broken link. */
class AuditTrailIntegrationTests extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Test
    void theDemoTrailVerifies() {
        actAs("auditadmin");
        ChainVerification v = audit.verify();
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.entriesChecked()).isGreaterThan(30);
    }

    @Test
    void aChangedEntryIsFound_andNamedByItsSequence() {
        long seq = 5;
        String original = jdbc.sql("select detail from audit_entry where seq = ?").param(seq).query(String.class).single();
        try {
            jdbc.sql("update audit_entry set detail = ? where seq = ?").params("篡改", seq).update();
            ChainVerification v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).isEqualTo(seq);
            assertThat(v.problem()).contains("已被篡改");
        } finally {
            jdbc.sql("update audit_entry set detail = ? where seq = ?").params(original, seq).update();
        }
        assertThat(audit.verifyFromCommandLine().intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsFound() {
        long seq = 7;
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?").param(seq).query().singleRow();
        try {
            jdbc.sql("delete from audit_entry where seq = ?").param(seq).update();
            ChainVerification v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).isEqualTo(seq);
            assertThat(v.problem()).contains("缺失");
        } finally {
            jdbc.sql("insert into audit_entry (seq, occurred_at, actor, actor_address, action, target, outcome, detail, "
                            + "previous_hash, hash) values (:seq, :occurred_at, :actor, :actor_address, :action, :target, "
                            + ":outcome, :detail, :previous_hash, :hash)")
                    .params(row).update();
        }
        assertThat(audit.verifyFromCommandLine().intact()).isTrue();
    }

    @Test
    void aRecomputedForgeryBreaksTheLinkToTheNextEntry() {
        long seq = 9;
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?").param(seq).query().singleRow();
        AuditEntry forged = new AuditEntry(seq, ((java.time.OffsetDateTime) jdbc.sql("select occurred_at from audit_entry where seq = ?")
                .param(seq).query(java.time.OffsetDateTime.class).single()).toInstant(), (String) row.get("actor"),
                (String) row.get("actor_address"), (String) row.get("action"), (String) row.get("target"),
                Outcome.valueOf((String) row.get("outcome")), "伪造", (String) row.get("previous_hash"), null);
        String forgedHash = ChainHasher.hash(forged);
        try {
            jdbc.sql("update audit_entry set detail = '伪造', hash = ? where seq = ?").params(forgedHash, seq).update();
            ChainVerification v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).isEqualTo(seq + 1);
        } finally {
            jdbc.sql("update audit_entry set detail = ?, hash = ? where seq = ?")
                    .params(row.get("detail"), row.get("hash"), seq).update();
        }
    }

    @Test
    void aTruncatedTailIsFound() {
        long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?").param(last).query().singleRow();
        try {
            jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
            ChainVerification v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).contains("末尾记录可能被删除");
        } finally {
            jdbc.sql("insert into audit_entry (seq, occurred_at, actor, actor_address, action, target, outcome, detail, "
                            + "previous_hash, hash) values (:seq, :occurred_at, :actor, :actor_address, :action, :target, "
                            + ":outcome, :detail, :previous_hash, :hash)")
                    .params(row).update();
        }
    }
}

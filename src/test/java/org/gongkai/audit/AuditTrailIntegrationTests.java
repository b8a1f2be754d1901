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

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    org.gongkai.shared.crypto.KeyRing keys;

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
        String original = jdbc.sql("select detail from audit_entry where seq = ?")
                .param(seq)
                .query(String.class)
                .single();
        try {
            jdbc.sql("update audit_entry set detail = ? where seq = ?")
                    .params("篡改", seq)
                    .update();
            ChainVerification v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).isEqualTo(seq);
            assertThat(v.problem()).contains("已被篡改");
        } finally {
            jdbc.sql("update audit_entry set detail = ? where seq = ?")
                    .params(original, seq)
                    .update();
        }
        assertThat(audit.verifyFromCommandLine().intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsFound() {
        long seq = 7;
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?")
                .param(seq)
                .query()
                .singleRow();
        try {
            jdbc.sql("delete from audit_entry where seq = ?").param(seq).update();
            ChainVerification v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).isEqualTo(seq);
            assertThat(v.problem()).contains("缺失");
        } finally {
            jdbc.sql(
                            "insert into audit_entry (seq, occurred_at, actor, actor_address, action, target, outcome, detail, "
                                    + "previous_hash, hash) values (:seq, :occurred_at, :actor, :actor_address, :action, :target, "
                                    + ":outcome, :detail, :previous_hash, :hash)")
                    .params(row)
                    .update();
        }
        assertThat(audit.verifyFromCommandLine().intact()).isTrue();
    }

    @Test
    void aRecomputedForgeryBreaksTheLinkToTheNextEntry() {
        long seq = 9;
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?")
                .param(seq)
                .query()
                .singleRow();
        AuditEntry forged = new AuditEntry(
                seq,
                ((java.time.OffsetDateTime) jdbc.sql("select occurred_at from audit_entry where seq = ?")
                                .param(seq)
                                .query(java.time.OffsetDateTime.class)
                                .single())
                        .toInstant(),
                (String) row.get("actor"),
                (String) row.get("actor_address"),
                (String) row.get("action"),
                (String) row.get("target"),
                Outcome.valueOf((String) row.get("outcome")),
                "伪造",
                (String) row.get("previous_hash"),
                null);
        // issue 9 §14: without the key, a forger's recomputed hash (plain SM3) does not match the entry itself
        String withoutKey = new ChainHasher(new byte[32]).hash(ChainHasher.PLAIN, forged);
        String withKey = new ChainHasher(keys.derive("audit-chain", 32)).hash(ChainHasher.KEYED, forged);
        try {
            jdbc.sql("update audit_entry set detail = '伪造', hash = ? where seq = ?")
                    .params(withoutKey, seq)
                    .update();
            ChainVerification v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).isEqualTo(seq);
            // even one who had the key breaks the link to the next entry
            jdbc.sql("update audit_entry set hash = ? where seq = ?")
                    .params(withKey, seq)
                    .update();
            v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).isEqualTo(seq + 1);
        } finally {
            jdbc.sql("update audit_entry set detail = ?, hash = ? where seq = ?")
                    .params(row.get("detail"), row.get("hash"), seq)
                    .update();
        }
    }

    @Test
    void aTruncatedTailIsFound() {
        long last =
                jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?")
                .param(last)
                .query()
                .singleRow();
        try {
            jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
            ChainVerification v = audit.verifyFromCommandLine();
            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).contains("末尾记录可能被删除");
        } finally {
            jdbc.sql(
                            "insert into audit_entry (seq, occurred_at, actor, actor_address, action, target, outcome, detail, "
                                    + "previous_hash, hash) values (:seq, :occurred_at, :actor, :actor_address, :action, :target, "
                                    + ":outcome, :detail, :previous_hash, :hash)")
                    .params(row)
                    .update();
        }
    }

    /**
     * Issue 9 §14: anyone with write access could cut the tail and point the head at an earlier entry; the chain
     * alone stays consistent. A signed checkpoint exported before shows it.
     */
    @Test
    void aSignedCheckpointFindsATailCutAndRelinked() {
        actAs("auditadmin");
        Checkpoint checkpoint = audit.checkpoint();
        assertThat(checkpoint.text()).contains("序号：" + checkpoint.sequence(), "签名：");
        assertThat(audit.verify(checkpoint.text()).intact()).isTrue();
        assertThat(audit.verify(checkpoint.text().replace("签名：" + checkpoint.signature(), "签名：" + "0".repeat(64)))
                        .problem())
                .contains("检查点签名不符");
        assertThat(audit.verify("随便一段文字").problem()).contains("检查点格式不正确");

        long last = jdbc.sql("select last_seq from audit_chain_head where id = 1")
                .query(Long.class)
                .single();
        java.util.List<Map<String, Object>> tail = jdbc.sql("select * from audit_entry where seq > ? order by seq")
                .param(last - 2)
                .query()
                .listOfRows();
        String headHash = jdbc.sql("select last_hash from audit_chain_head where id = 1")
                .query(String.class)
                .single();
        String earlier = jdbc.sql("select hash from audit_entry where seq = ?")
                .param(last - 2)
                .query(String.class)
                .single();
        try {
            jdbc.sql("delete from audit_entry where seq > ?").param(last - 2).update();
            jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                    .params(last - 2, earlier)
                    .update();
            assertThat(audit.verifyFromCommandLine().intact())
                    .as("the cut chain is consistent in itself")
                    .isTrue();
            ChainVerification v = audit.verifyFromCommandLine(checkpoint.text());
            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).contains("少于");
        } finally {
            for (Map<String, Object> row : tail) {
                jdbc.sql(
                                "insert into audit_entry (seq, occurred_at, actor, actor_address, action, target, outcome, detail, "
                                        + "previous_hash, hash) values (:seq, :occurred_at, :actor, :actor_address, :action, :target, "
                                        + ":outcome, :detail, :previous_hash, :hash)")
                        .params(row)
                        .update();
            }
            jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                    .params(last, headHash)
                    .update();
        }
        assertThat(audit.verifyFromCommandLine(checkpoint.text()).intact()).isTrue();
    }

    /** Issue 9 §14: a chain written before the key (plain SM3) is verified and recomputed under the key once. */
    @Test
    void aPlainChainIsKeyedOnceAndStillVerifies() {
        ChainHasher plain = new ChainHasher(new byte[32]);
        String[] previous = {ChainHasher.GENESIS};
        java.util.List<AuditEntry> entries = new java.util.ArrayList<>();
        jdbc.sql("select * from audit_entry order by seq").query((java.sql.ResultSet rs) -> {
            entries.add(new AuditEntry(
                    rs.getLong("seq"),
                    org.gongkai.shared.SqlTimes.instant(rs, "occurred_at"),
                    rs.getString("actor"),
                    rs.getString("actor_address"),
                    rs.getString("action"),
                    rs.getString("target"),
                    Outcome.valueOf(rs.getString("outcome")),
                    rs.getString("detail"),
                    null,
                    null));
        });
        for (AuditEntry e : entries) {
            AuditEntry linked = new AuditEntry(
                    e.sequence(),
                    e.occurredAt(),
                    e.actor(),
                    e.actorAddress(),
                    e.action(),
                    e.target(),
                    e.outcome(),
                    e.detail(),
                    previous[0],
                    null);
            String hash = plain.hash(ChainHasher.PLAIN, linked);
            jdbc.sql("update audit_entry set previous_hash = ?, hash = ? where seq = ?")
                    .params(previous[0], hash, e.sequence())
                    .update();
            previous[0] = hash;
        }
        jdbc.sql("update audit_chain_head set last_hash = ?, scheme = 'SM3' where id = 1")
                .param(previous[0])
                .update();
        assertThat(audit.verifyFromCommandLine().intact())
                .as("the plain chain verifies as plain")
                .isTrue();

        assertThat(audit.keyTheChain()).isEqualTo(entries.size());
        assertThat(jdbc.sql("select scheme from audit_chain_head where id = 1")
                        .query(String.class)
                        .single())
                .isEqualTo("HMAC-SM3");
        ChainVerification v = audit.verifyFromCommandLine();
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(jdbc.sql("select detail from audit_entry where action = 'AUDIT_CHAIN_KEYED' order by seq desc")
                        .query(String.class)
                        .list()
                        .get(0))
                .contains(previous[0]);
        assertThat(audit.keyTheChain()).as("once").isZero();
    }

    /** Issue 14 §8: an action filter of Chinese words finds the actions so named as well as the code typed. */
    @Test
    void theActionFilterFindsActionsByTheirNames() {
        actAs("mz_editor");
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(
                        t -> audit.record("SIGN_IN", "staff:" + staffId("mz_editor"), Outcome.SUCCESS, "测试登录"));
        actAs("auditadmin");
        long byCode = audit.search(new AuditQuery(null, "SIGN_IN", null, null, null, 0, 50))
                .total();
        long byName = audit.search(new AuditQuery(
                        null,
                        "登录",
                        null,
                        null,
                        null,
                        0,
                        50,
                        new org.gongkai.audit.web.AuditActions().actionsNamed("登录")))
                .total();
        assertThat(byCode).isPositive();
        assertThat(byName).isGreaterThanOrEqualTo(byCode);
        assertThat(audit.search(new AuditQuery(null, "登录", null, null, null, 0, 50))
                        .total())
                .as("the words alone match no code")
                .isZero();
    }
}

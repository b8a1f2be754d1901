package org.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stamps on a real (in-memory H2) table: a change is seen at the next look, even one racing a look. */
class ChangeStampsTests {

    private JdbcClient jdbc;

    @BeforeEach
    void table() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:stamps" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(h2);
        jdbc.sql("create table change_stamp (topic varchar(100) primary key, version bigint not null)")
                .update();
    }

    @Test
    void aChangeOnThisNodeIsSeenAtTheNextLook() {
        ChangeStamps stamps = new ChangeStamps(jdbc);
        assertThat(stamps.current("sites")).isZero();
        stamps.bump("sites");
        assertThat(stamps.current("sites")).isEqualTo(1);
        stamps.bump("sites");
        assertThat(stamps.current("sites")).isEqualTo(2);
        assertThat(stamps.current("other")).isZero();
    }

    @Test
    void aLookThatReadTheStampBeforeAChangeCommittedDoesNotKeepIt() {
        // another thread's look reads the stamp, then the change commits (and forgets the stamp), then the look
        // would keep what it read: for a second every look would get the stamp from before the change
        ChangeStamps[] self = new ChangeStamps[1];
        boolean[] raced = {false};
        self[0] = new ChangeStamps(jdbc) {
            @Override
            long stored(String topic) {
                long before = super.stored(topic);
                if (!raced[0]) {
                    raced[0] = true;
                    self[0].bump(topic);
                }
                return before;
            }
        };
        ChangeStamps stamps = self[0];
        assertThat(stamps.current("sites"))
                .as("the racing look itself returns what it read")
                .isZero();
        assertThat(stamps.current("sites"))
                .as("the next look reads the changed stamp")
                .isEqualTo(1);
    }
}

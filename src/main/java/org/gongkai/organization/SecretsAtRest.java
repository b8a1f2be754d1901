package org.gongkai.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At start, seals any TOTP secret still stored in clear (from before encryption at rest, issue 9 §11). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecretsAtRest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecretsAtRest.class);
    private final StaffRepository staff;

    SecretsAtRest(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int sealed = staff.sealClearTotpSecrets();
        if (sealed > 0) {
            log.info("已用 SM4 加密 {} 个以明文保存的动态口令密钥", sealed);
        }
    }
}

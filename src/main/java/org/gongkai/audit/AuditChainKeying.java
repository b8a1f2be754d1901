package org.gongkai.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, keys a chain written before the key (issue 9 §14); not when the start only verifies the chain. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditChainKeying implements ApplicationRunner {

    private final AuditTrail audit;

    AuditChainKeying(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(VerifyAuditCommand.OPTION)) {
            audit.keyTheChain();
        }
    }
}

package org.gongkai.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty installation (without --demo), creates the built-in administrators
 * and prints their one-time passwords once; each must be changed at the first sign-in.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final PlatformBootstrap bootstrap;

    FirstStart(PlatformBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("demo") || args.containsOption("verify-audit") || !bootstrap.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("\n==== 首次启动：已创建内置管理员账号（一次性密码只显示这一次，首次登录须修改密码并绑定动态口令）====\n");
        for (PlatformBootstrap.CreatedAdministrator a :
                bootstrap.createAdministrators(PlatformBootstrap.defaultSeeds())) {
            text.append(String.format(
                    "  %-12s %-8s 一次性密码：%s%n", a.username(), a.role().label(), a.password()));
        }
        text.append("====\n");
        log.warn(text.toString());
    }
}

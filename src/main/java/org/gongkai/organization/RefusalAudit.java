package org.gongkai.organization;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Audits the refusals Spring Security takes itself (issue 9 §13): a {@code @PreAuthorize} method or a URL rule
 * refusing a signed-in staff member. The service layer's own refusals are audited by {@link AccessControl#deny};
 * a visitor who is not signed in is sent to the sign-in page, which is not a refusal and is not recorded (a crawler
 * would fill the trail).
 */
@Configuration(proxyBeanMethods = false)
class RefusalAudit {

    private final AuditTrail audit;

    RefusalAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
            return;
        }
        Object object = event.getObject();
        String target;
        if (object instanceof MethodInvocation invocation) {
            target = "method:" + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        } else if (object instanceof HttpServletRequest request) {
            String uri = request.getRequestURI();
            target = "url:" + (uri.length() > 180 ? uri.substring(0, 180) : uri);
        } else {
            target = object == null ? null : object.getClass().getSimpleName();
        }
        audit.recordIndependently(staff.username(), "ACCESS_DENIED", target, Outcome.DENIED, "无权限（由安全框架拒绝）");
    }
}

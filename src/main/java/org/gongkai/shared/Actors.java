package org.gongkai.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/** Who is acting now, as a sign-in name for records and the audit trail. */
public final class Actors {

    public static final String ANONYMOUS = "匿名";
    public static final String SYSTEM = "系统";

    private Actors() {}

    /** The signed-in staff member; 匿名 for a visitor's request; 系统 for work outside any request (start-up, jobs). */
    public static String currentName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : ANONYMOUS;
        }
        return auth.getName();
    }
}

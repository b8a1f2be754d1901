package org.gongkai.organization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Authorization in the application services: may the signed-in staff member act in a role on an
 * organization? A grant covers its organization, and its whole subtree when so granted; a grant
 * without organization covers the platform. Grants are read afresh for every decision, so a revoked
 * role stops working at once. Every refusal is written to the audit trail.
 *
 * <p>Within one web request the grants and each organization's chain of ancestors are read once and kept for the rest
 * of the request (a console page asks a dozen questions about one record; issue 10 §3); the next request reads them
 * afresh. Outside a request (scheduled work, the command line) every decision reads them.
 */
@Service
public class AccessControl {

    private final StaffRepository staff;
    private final OrganizationRepository organizations;
    private final AuditTrail audit;

    AccessControl(StaffRepository staff, OrganizationRepository organizations, AuditTrail audit) {
        this.staff = staff;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** The signed-in staff member; refuses when nobody is signed in. */
    public StaffPrincipal current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
            return principal;
        }
        throw new AccessDeniedException("请先登录。");
    }

    public List<RoleGrant> myGrants() {
        long staffId = current().staffId();
        RequestMemo memo = RequestMemo.current();
        if (memo == null) {
            return staff.grants(staffId);
        }
        if (memo.grants == null || memo.staffId != staffId) {
            memo.staffId = staffId;
            memo.grants = staff.grants(staffId);
        }
        return memo.grants;
    }

    /**
     * The organization's chain up to the top. Within a request, the first few are read one statement each; a page
     * that asks about more organizations (a list) reads the whole tree's parents once and answers the rest from it.
     */
    private List<Long> selfAndAncestors(long organizationId) {
        RequestMemo memo = RequestMemo.current();
        if (memo == null) {
            return organizations.selfAndAncestors(organizationId);
        }
        List<Long> known = memo.chains.get(organizationId);
        if (known != null) {
            return known;
        }
        if (memo.chains.size() < RequestMemo.SINGLE_READS) {
            List<Long> chain = organizations.selfAndAncestors(organizationId);
            memo.chains.put(organizationId, chain);
            return chain;
        }
        if (memo.parents == null) {
            memo.parents = organizations.parents();
        }
        List<Long> chain = new ArrayList<>();
        Long current = organizationId;
        while (current != null && chain.size() < OrganizationRepository.MAX_DEPTH) {
            if (!memo.parents.containsKey(current)) {
                break;
            }
            chain.add(current);
            current = memo.parents.get(current);
        }
        memo.chains.put(organizationId, chain);
        return chain;
    }

    /** What one request has already read for its access decisions, kept in the request's attributes. */
    private static final class RequestMemo {
        private static final String ATTRIBUTE = RequestMemo.class.getName();
        private static final int SINGLE_READS = 3;
        private Map<Long, Long> parents;
        private long staffId;
        private List<RoleGrant> grants;
        private final Map<Long, List<Long>> chains = new HashMap<>();

        static RequestMemo current() {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request == null) {
                return null;
            }
            RequestMemo memo = (RequestMemo) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (memo == null) {
                memo = new RequestMemo();
                request.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
            }
            return memo;
        }
    }

    public boolean hasRoleAnywhere(Role role) {
        return myGrants().stream().anyMatch(g -> g.role() == role);
    }

    public boolean can(Role role, Long organizationId) {
        return canAny(EnumSet.of(role), organizationId);
    }

    public boolean canAny(Collection<Role> roles, Long organizationId) {
        List<RoleGrant> grants =
                myGrants().stream().filter(g -> roles.contains(g.role())).toList();
        if (grants.isEmpty()) {
            return false;
        }
        if (grants.stream().anyMatch(RoleGrant::platformWide)) {
            return true;
        }
        if (organizationId == null) {
            return false;
        }
        List<Long> chain = selfAndAncestors(organizationId);
        for (RoleGrant g : grants) {
            int position = chain.indexOf(g.organizationId());
            if (position == 0 || position > 0 && g.includeSubtree()) {
                return true;
            }
        }
        return false;
    }

    /** Refuses (and audits the refusal) unless the current staff member holds {@code role} over the organization. */
    public void require(Role role, Long organizationId, String action) {
        requireAny(EnumSet.of(role), organizationId, action);
    }

    public void requireAny(Collection<Role> roles, Long organizationId, String action) {
        if (!canAny(roles, organizationId)) {
            deny(action, organizationId == null ? "platform" : "organization:" + organizationId);
        }
    }

    public void requireAnywhere(Role role, String action) {
        if (!hasRoleAnywhere(role)) {
            deny(action, "platform");
        }
    }

    /** Audits the refusal and throws; for checks the require methods do not express. */
    public void deny(String action, String target) {
        audit.recordIndependently(null, action, target, Outcome.DENIED, "无权限");
        throw new AccessDeniedException("您没有执行此操作的权限，或该单位不在您的管理范围内。");
    }

    /** Every organization the current staff member may act on in any of {@code roles}. */
    public OrganizationScope scope(Collection<Role> roles) {
        List<RoleGrant> grants =
                myGrants().stream().filter(g -> roles.contains(g.role())).toList();
        if (grants.stream().anyMatch(RoleGrant::platformWide)) {
            return new OrganizationScope(true, Set.of());
        }
        Set<Long> ids = new HashSet<>();
        Map<Long, List<Long>> children = null;
        for (RoleGrant g : grants) {
            ids.add(g.organizationId());
            if (g.includeSubtree()) {
                if (children == null) {
                    children = organizations.childrenByParent();
                }
                Deque<Long> todo = new ArrayDeque<>(List.of(g.organizationId()));
                while (!todo.isEmpty()) {
                    for (Long child : children.getOrDefault(todo.pop(), List.of())) {
                        if (ids.add(child)) {
                            todo.push(child);
                        }
                    }
                }
            }
        }
        return new OrganizationScope(false, Set.copyOf(ids));
    }

    public OrganizationScope scopeOfAnyRole() {
        return scope(EnumSet.allOf(Role.class));
    }

    /** The unit a console page shows: the one asked for, else the staff member's own, else the first of {@code units}. */
    public Long defaultUnit(Long requested, List<Organization> units) {
        if (requested != null) {
            return requested;
        }
        Long own = current().organizationId();
        return own != null ? own : units.isEmpty() ? null : units.get(0).id();
    }
}

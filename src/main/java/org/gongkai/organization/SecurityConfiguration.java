package org.gongkai.organization;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.shared.web.ProblemResponses;
import org.gongkai.shared.web.RateLimitFilter;
import org.gongkai.shared.web.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff sign in with a form (password, plus a TOTP code for the administrator roles); the portal and
 * the public API are open. CSRF protection is on for every form; the Content-Security-Policy allows no
 * inline script or style.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /**
     * The API (issue 11 §9) is stateless: a console session never acts on it — only a staff token presented with the
     * call does ({@link ApiTokenFilter}) — so no session is read or made and CSRF has nothing to protect. The public
     * endpoints stay open; the services decide what a token's account may do.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, RateLimits limits) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(r -> r.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new ApiTokenFilter(tokens, limits), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInAttempts attempts,
            MyAccount account,
            StaffRepository staff,
            RateLimits limits,
            Clock clock)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/console/signin", "/css/**", "/images/**", "/error")
                        .permitAll()
                        .requestMatchers("/console", "/console/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(f -> f.loginPage("/console/signin")
                        .loginProcessingUrl("/console/signin")
                        .successHandler(new SignedIn(clock))
                        .failureUrl("/console/signin?error")
                        .authenticationDetailsSource(SignInDetails::new))
                .logout(l -> l.logoutUrl("/console/signout").logoutSuccessUrl("/console/signin?signedOut"))
                .authenticationProvider(new StaffAuthenticationProvider(attempts, staff, limits))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new AccountStateFilter(account, staff), AuthorizationFilter.class);
        return http.build();
    }

    static List<GrantedAuthority> authorities(List<RoleGrant> grants) {
        return grants.stream()
                .map(g -> g.role().authority())
                .distinct()
                .sorted()
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a))
                .toList();
    }

    /**
     * Notes in the session when it signed in, then goes where the staff member was going (or the dashboard). A
     * password reset or change ends the sessions signed in before it (issue 9 §8, §12).
     */
    static final class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {
        private final Clock clock;

        SignedIn(Clock clock) {
            this.clock = clock;
            setDefaultTargetUrl("/console");
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            request.getSession().setAttribute(MyAccount.SIGNED_IN_AT, clock.instant());
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * The TOTP code typed on the sign-in form travels with the authentication details, and is erased once the
     * sign-in is decided, so that it is never kept in the session (which is stored in the database).
     */
    static final class SignInDetails extends WebAuthenticationDetails
            implements org.springframework.security.core.CredentialsContainer {
        private String code;

        SignInDetails(HttpServletRequest request) {
            super(request);
            this.code = request.getParameter("code");
        }

        String code() {
            return code;
        }

        @Override
        public void eraseCredentials() {
            code = null;
        }
    }

    static final class StaffAuthenticationProvider implements AuthenticationProvider {
        private static final Logger log = LoggerFactory.getLogger(StaffAuthenticationProvider.class);
        private final SignInAttempts attempts;
        private final StaffRepository staff;
        private final RateLimits limits;

        StaffAuthenticationProvider(SignInAttempts attempts, StaffRepository staff, RateLimits limits) {
            this.attempts = attempts;
            this.staff = staff;
            this.limits = limits;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String code = authentication.getDetails() instanceof SignInDetails d ? d.code() : null;
            StaffPrincipal principal;
            try {
                principal = attempts.attempt(
                        authentication.getName(), Objects.toString(authentication.getCredentials(), null), code);
            } catch (BadCredentialsException e) {
                // a failure spends the allowance of its address and of the name tried (issue 9 §4)
                if (authentication.getDetails() instanceof WebAuthenticationDetails d) {
                    limits.consume(RateLimits.Policy.SIGN_IN_FAILURES_BY_ADDRESS, d.getRemoteAddress());
                }
                limits.consume(
                        RateLimits.Policy.SIGN_IN_FAILURES_BY_ACCOUNT,
                        RateLimitFilter.accountKey(authentication.getName()));
                throw e;
            } catch (AuthenticationException e) {
                throw e;
            } catch (RuntimeException e) {
                // the database's message may quote the row (hash, secret): only its kind is logged, nothing is shown
                log.warn("登录时出错：{}", e.getClass().getSimpleName());
                attempts.recordError(authentication.getName(), e);
                throw new AuthenticationServiceException("登录服务暂时繁忙，请稍后重试。");
            }
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, authorities(staff.grants(principal.staffId())));
            result.setDetails(authentication.getDetails());
            return result;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    /**
     * A call of {@code /api/} with {@code Authorization: Bearer gk_…} acts, for that call only, as the token's account
     * with the roles it holds now. A token that is malformed, unknown, revoked or expired, or whose account is disabled, gets one 401
     * that does not say which, and spends the address's allowance of failed sign-ins.
     */
    static final class ApiTokenFilter extends OncePerRequestFilter {
        private static final String REFUSED = "接口令牌无效、已过期或已撤销，或其账号已停用；请向系统管理员申请新的令牌。";
        private final ApiTokens tokens;
        private final RateLimits limits;

        ApiTokenFilter(ApiTokens tokens, RateLimits limits) {
            this.tokens = tokens;
            this.limits = limits;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getHeader("Authorization") == null;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            ApiTokens.Bearer bearer = header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? tokens.authenticate(header.substring(7).strip()).orElse(null)
                    : null;
            if (bearer == null) {
                limits.consume(RateLimits.Policy.SIGN_IN_FAILURES_BY_ADDRESS, request.getRemoteAddr());
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "未授权", REFUSED);
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    bearer.principal(), null, authorities(bearer.grants())));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /**
     * On every console request: refresh the roles from the database (a revoked role stops at once),
     * end the session of a disabled account, and send a staff member who must change the password or
     * enroll the second factor to that page first.
     */
    static final class AccountStateFilter extends OncePerRequestFilter {
        private static final Set<String> ALWAYS_ALLOWED = Set.of("/console/signout", "/console/signin");
        private final MyAccount account;
        private final StaffRepository staff;

        AccountStateFilter(MyAccount account, StaffRepository staff) {
            this.account = account;
            this.staff = staff;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return !path.startsWith("/console") || ALWAYS_ALLOWED.contains(path);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !(auth.getPrincipal() instanceof StaffPrincipal principal)) {
                chain.doFilter(request, response);
                return;
            }
            StaffRepository.Credentials c =
                    staff.credentials(principal.staffId()).orElse(null);
            if (c == null || !c.enabled()) {
                request.getSession().invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/console/signin?disabled");
                return;
            }
            HttpSession session = request.getSession(false);
            if (!c.admits(session == null ? null : (Instant) session.getAttribute(MyAccount.SIGNED_IN_AT))) {
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/console/signin?ended");
                return;
            }
            List<RoleGrant> grants = staff.grants(principal.staffId());
            List<GrantedAuthority> fresh = authorities(grants);
            Set<String> current = auth.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            if (!current.equals(
                    fresh.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()))) {
                UsernamePasswordAuthenticationToken updated =
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, fresh);
                updated.setDetails(auth.getDetails());
                SecurityContextHolder.getContext().setAuthentication(updated);
            }
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            MyAccount.Obligation obligation = account.obligation(c, grants);
            if (obligation == MyAccount.Obligation.CHANGE_PASSWORD && !path.equals("/console/password")) {
                response.sendRedirect(request.getContextPath() + "/console/password");
                return;
            }
            if (obligation == MyAccount.Obligation.ENROLL_SECOND_FACTOR && !path.equals("/console/second-factor")) {
                response.sendRedirect(request.getContextPath() + "/console/second-factor");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}

package org.gongkai.organization;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the platform; each grant is scoped to an organization (and optionally its subtree). */
public enum Role {
    SYSTEM_ADMIN("系统管理员", "管理行政区划、单位和账号；不能授予角色，不能查看审计日志"),
    SECURITY_ADMIN("安全管理员", "授予和撤销角色，设置密码策略"),
    AUDIT_ADMIN("审计管理员", "查看和校验审计日志"),
    SUPERVISOR("政务公开主管", "政务公开工作主管部门，监督指导本级和下级单位"),
    EDITOR("信息员", "起草和维护本单位的公开信息、目录"),
    SECRECY_REVIEWER("保密审查员", "发布前的保密审查"),
    SIGNER("签发人", "审核签发"),
    REQUEST_HANDLER("依申请公开承办人", "办理政府信息公开申请");

    /** 三员: one account holds at most one of these, and they need a second factor to sign in. */
    public static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

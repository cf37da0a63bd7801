package dev.cascade.dashboard.web;

/** The dashboard's two roles. An admin can do everything an analyst can. */
public enum Role {
    /** Reads: overview, messages (phone numbers masked), advisor, exports. */
    ANALYST("analyst"),
    /** Also test sends, raw callbacks, whole phone numbers. */
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role name as the server's identity store spells it. */
    public String roleName() {
        return roleName;
    }
}

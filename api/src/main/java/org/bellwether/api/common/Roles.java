package org.bellwether.api.common;

import java.util.List;

/** The five roles (a partner is a registered partner organisation's member: heads-ups and observations only). Constants, so role rules ({@code @RolesAllowed}) can name them. */
public final class Roles {
    public static final String OFFICER = "officer";
    public static final String MESSENGER = "messenger";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";
    public static final List<String> ALL = List.of(OFFICER, MESSENGER, ANALYST, ADMIN, PARTNER);

    private Roles() {
    }

    public static boolean isRole(String role) {
        return ALL.contains(role);
    }
}

package org.bellwether.api.common;

/**
 * Who is acting, for the audit log: user name, role, and the client address the request came from.
 */
public record Caller(String actor, String role, String remoteAddr) {
    public static final Caller SYSTEM = new Caller("system", null, null);
}

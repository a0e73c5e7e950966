package org.bellwether.api.common;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The admin port (health checks, metrics, thread dumps, tasks) is not for the public. With credentials configured,
 * every request to it needs them (HTTP Basic, compared in constant time). Without them, outside dev mode, the server
 * refuses to start when an admin connector listens beyond loopback ({@link #check}). Thread-safe.
 */
public final class AdminPortGuard implements Filter {
    private final byte[] expected;

    /** @param username and {@code password}: the admin port's credentials, both non-blank */
    public AdminPortGuard(String username, String password) {
        this.expected = digest(username + ":" + password);
    }

    /**
     * Throws with a message that says what to do when the admin port would be open beyond this machine without
     * credentials; dev mode and loopback-only admin connectors pass.
     */
    public static void check(ServerFactory server, boolean credentials, boolean devMode) {
        if (credentials || devMode) {
            return;
        }
        List<String> exposed = exposedAdminHosts(server);
        if (!exposed.isEmpty()) {
            throw new IllegalStateException("the admin port would listen on " + String.join(", ", exposed)
                    + " without credentials: set adminPort.username and adminPort.password (e.g. from"
                    + " BELLWETHER_ADMIN_USER and BELLWETHER_ADMIN_PASSWORD), or bind server.adminConnectors to"
                    + " 127.0.0.1");
        }
    }

    /** The bind hosts of the admin connectors that are not loopback-only ({@code *} for all interfaces). */
    static List<String> exposedAdminHosts(ServerFactory server) {
        List<ConnectorFactory> connectors = new ArrayList<>();
        if (server instanceof DefaultServerFactory factory) {
            connectors.addAll(factory.getAdminConnectors());
        } else if (server instanceof SimpleServerFactory factory) {
            connectors.add(factory.getConnector());
        }
        List<String> exposed = new ArrayList<>();
        for (ConnectorFactory connector : connectors) {
            String host = connector instanceof HttpConnectorFactory http ? http.getBindHost() : null;
            if (!loopback(host)) {
                exposed.add(host == null || host.isBlank() ? "*" : host);
            }
        }
        return exposed;
    }

    static boolean loopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        if (!name.matches("[0-9a-f:.\\[\\]]+")) {
            return false; // a host name could resolve anywhere
        }
        try {
            return InetAddress.getByName(name.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = ((HttpServletRequest) request).getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String given = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                if (MessageDigest.isEqual(digest(given), expected)) {
                    chain.doFilter(request, response);
                    return;
                }
            } catch (IllegalArgumentException e) {
                // not base64: refused below
            }
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(401);
        http.setHeader("WWW-Authenticate", "Basic realm=\"bellwether-admin\", charset=\"UTF-8\"");
        http.setHeader("Cache-Control", "no-store");
        http.setCharacterEncoding("UTF-8");
        http.setContentType(Problem.MEDIA_TYPE);
        http.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"the admin port needs its credentials\"}");
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

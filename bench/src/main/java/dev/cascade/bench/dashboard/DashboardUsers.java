package dev.cascade.bench.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The benchmark's dashboard user, written into the bench server's own configuration as WildFly's add-user
 * (and {@code ./cascade demo}) writes users: {@code HEX(MD5(user:realm:password))} in
 * {@code application-users.properties}, the roles in {@code application-roles.properties}.
 */
public final class DashboardUsers {

    static final String REALM = "ApplicationRealm";

    private DashboardUsers() {
    }

    public static void write(Path configuration, String user, String password) throws IOException {
        if (!user.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a plain user name: " + user);
        }
        Files.writeString(configuration.resolve("application-users.properties"), "# The benchmark's user, written by ./cascade bench dashboard.\n"
                + "#$REALM_NAME=" + REALM + "$\n" + user + "=" + hash(user, REALM, password) + "\n");
        Files.writeString(configuration.resolve("application-roles.properties"), "# Written by ./cascade bench dashboard.\n"
                + user + "=analyst\n");
    }

    static String hash(String user, String realm, String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((user + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}

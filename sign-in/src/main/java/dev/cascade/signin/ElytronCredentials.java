package dev.cascade.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Checks a username and password against the deployment's Elytron security domain (by default
 * {@code ApplicationDomain}: {@code application-users.properties} / {@code application-roles.properties}).
 * Jakarta Security's own identity-store handler on WildFly knows only CDI identity stores, so the
 * mechanism asks Elytron directly: the server stays the one place users live.
 */
@ApplicationScoped
public class ElytronCredentials {

    /** The user's roles when the password is right; empty when it is not (or the user is unknown). */
    public Optional<Set<String>> validate(String username, char[] password) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("the dashboard is not bound to an Elytron security domain");
        }
        try {
            SecurityIdentity identity = domain.authenticate(username, new PasswordGuessEvidence(password));
            Set<String> roles = new HashSet<>();
            identity.getRoles().forEach(roles::add);
            return Optional.of(roles);
        } catch (SecurityException e) {
            return Optional.empty();
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("the security realm is unavailable", e);
        }
    }
}

/**
 * Signing in: a Jakarta Security authentication mechanism whose passwords and roles are the server's
 * (WildFly Elytron's security domain — users managed with {@code add-user.sh}), with CSRF-protected
 * login and logout, session-id renewal, and throttling of repeated failures.
 */
package dev.cascade.dashboard.security;

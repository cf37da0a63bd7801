/**
 * Signing in to the dashboard: a Jakarta Security authentication mechanism whose passwords and roles
 * are the server's (WildFly Elytron's security domain — users managed with {@code add-user.sh}), with
 * CSRF-protected forms, session-id renewal and throttling of repeated failures.
 *
 * <p>In the EAR's {@code lib/} rather than in the dashboard's war: WildFly installs a Jakarta Security
 * mechanism for every web module of an application as soon as one module has one, and each module must
 * then be able to see the bean. This one only acts on the dashboard's context.
 */
package dev.cascade.signin;

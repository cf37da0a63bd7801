package dev.cascade.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cascade.dashboard.web.Endpoint;
import dev.cascade.dashboard.web.Role;
import dev.cascade.it.support.DashboardSession;
import dev.cascade.it.support.SharedDemo;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dashboard endpoint × every role, walked from the application's own list ({@link Endpoint}), over
 * HTTP against {@code ./cascade demo}: anonymous visitors are sent to sign in (the JSON API says 401), a
 * role below the endpoint's gets 403, a role at or above it is served. A new endpoint is in this matrix
 * the moment it exists; one with a new path variable fails here until it is given a sample value.
 */
@ExtendWith(SharedDemo.class)
@Order(2)
class EveryEndpointIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static String referenceId;

    /** Who asks: nobody, or a demo user with one role. */
    enum Caller {
        ANONYMOUS(null), ANALYST(Role.ANALYST), ADMIN(Role.ADMIN);

        final Role role;

        Caller(Role role) {
            this.role = role;
        }
    }

    static Stream<Arguments> matrix() {
        return Arrays.stream(Endpoint.values()).flatMap(e -> Arrays.stream(Caller.values()).map(c -> Arguments.of(e, c)));
    }

    @BeforeAll
    static void aMessageOfTheDemo() {
        String page = SharedDemo.signedIn("admin").get("/messages?range=7d").body();
        Matcher m = Pattern.compile("/dashboard/messages/([0-9A-F]{32})").matcher(page);
        assertThat(m.find()).as("the demo has messages").isTrue();
        referenceId = m.group(1);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyEndpointLetsInExactlyItsRoles(Endpoint endpoint, Caller caller) {
        DashboardSession session = caller.role == null ? new DashboardSession(base())
                : SharedDemo.signedIn(caller.role.roleName());
        String path = path(endpoint);

        HttpResponse<String> answer = request(session, endpoint, path);

        int status = answer.statusCode();
        Optional<String> location = answer.headers().firstValue("Location");
        String what = endpoint.method() + " " + path + " as " + caller + " -> " + status + " " + location.orElse("");
        if (endpoint.isOpen()) {
            assertThat(status).as(what).isNotIn(403, 404, 405).isLessThan(500);
        } else if (caller.role == null && endpoint.kind() == Endpoint.Kind.API) {
            assertThat(status).as(what).isEqualTo(401);
        } else if (caller.role == null) {
            assertThat(status).as(what).isEqualTo(302);
            assertThat(location).as(what).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/login"));
        } else if (!endpoint.allows(caller.role)) {
            assertThat(status).as(what).isEqualTo(403);
        } else if (endpoint.method().equals("GET")) {
            assertThat(status).as(what).isEqualTo(200);
        } else {
            // A POST with the form's token but no fields: validated (400) or done (a redirect), never refused.
            assertThat(status).as(what).isNotIn(401, 403, 404, 405).isLessThan(500);
            location.ifPresent(l -> assertThat(l).as(what).doesNotEndWith("/dashboard/login"));
        }
    }

    private static HttpResponse<String> request(DashboardSession session, Endpoint endpoint, String path) {
        if (endpoint.method().equals("GET")) {
            return session.get(path);
        }
        // The form's own token, so that what is checked is the role, not CSRF (DashboardHttpIT checks CSRF).
        String token = DashboardSession.csrfFrom(session.get("/login").body())
                .or(() -> DashboardSession.csrfFrom(session.get("/").body())).orElseThrow();
        return session.post(path, Map.of("_csrf", token));
    }

    /** The endpoint's pattern with a real value for each path variable. */
    private static String path(Endpoint endpoint) {
        Map<String, String> samples = Map.of("referenceId", referenceId, "file", "outcome-split.csv");
        Matcher m = VARIABLE.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = samples.get(m.group(1));
            if (value == null) {
                fail("no sample value for {" + m.group(1) + "} of " + endpoint + ": add one to EveryEndpointIT");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return m.appendTail(path).toString();
    }

    private static String base() {
        return SharedDemo.demo().baseUrl();
    }
}

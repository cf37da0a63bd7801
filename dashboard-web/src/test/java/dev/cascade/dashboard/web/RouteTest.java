package dev.cascade.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {

    private static final Page NOTHING = exchange -> { };

    @Test
    void aPatternWithAVariableMatchesAndCapturesIt() {
        Route route = new Route("GET", "/messages/{referenceId}", Role.ANALYST, NOTHING);

        assertThat(route.match("/messages/35C8B5D509BC10689196FED2AD551B8A"))
                .contains(Map.of("referenceId", "35C8B5D509BC10689196FED2AD551B8A"));
        assertThat(route.match("/messages")).isEmpty();
        assertThat(route.match("/messages/a/b")).isEmpty();
    }

    @Test
    void aFixedPatternMatchesOnlyItself() {
        Route route = new Route("GET", "/", Role.ANALYST, NOTHING);

        assertThat(route.match("/")).contains(Map.of());
        assertThat(route.match("/x")).isEmpty();
    }

    @Test
    void regexCharactersInPatternsAreLiteral() {
        Route route = new Route("GET", "/export/{file}", Role.ANALYST, NOTHING);

        assertThat(route.match("/export/outcome-split.csv")).contains(Map.of("file", "outcome-split.csv"));
    }

    @Test
    void onlyTheLoginPageIsOpen() {
        assertThat(Route.open("GET", "/login", NOTHING).isOpen()).isTrue();
        assertThat(new Route("GET", "/", Role.ANALYST, NOTHING).isOpen()).isFalse();
    }
}

package dev.cascade.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application (UTC), injected wherever time matters so tests can fix it. */
@ApplicationScoped
public class ClockProducer {

    /** Dependent, not application-scoped: a JDK class is not worth a client proxy. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}

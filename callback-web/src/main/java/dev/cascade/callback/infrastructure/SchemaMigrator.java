package dev.cascade.callback.infrastructure;

import dev.cascade.ledger.application.LedgerReady;
import dev.cascade.ledger.infrastructure.LedgerSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * Migrates the ledger schema when the application starts, before any request is served: WildFly does
 * not open the web context until start-up singletons are constructed. An EJB, because EJBs of the EAR's
 * lib/ are not deployed; bean-managed, because Flyway commits on its own connection. Announces
 * {@link LedgerReady} afterwards, for background work that writes to the ledger.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    @Resource(lookup = "java:jboss/datasources/CascadeDS")
    DataSource dataSource;

    @Inject
    Event<LedgerReady> ready;

    @PostConstruct
    void migrate() {
        ready.fire(new LedgerReady(LedgerSchema.migrate(dataSource)));
    }
}

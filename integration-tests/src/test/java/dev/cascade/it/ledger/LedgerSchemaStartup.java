package dev.cascade.it.ledger;

import dev.cascade.ledger.infrastructure.LedgerSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/** The test deployment's stand-in for callback-web's schema migrator. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class LedgerSchemaStartup {

    @Resource(lookup = "java:jboss/datasources/CascadeDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        LedgerSchema.migrate(dataSource);
    }
}

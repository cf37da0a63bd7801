package dev.cascade.bench.dashboard;

import dev.cascade.bench.BenchOptions;
import dev.cascade.bench.db.BenchDatabase;
import dev.cascade.ledger.infrastructure.LedgerSchema;
import dev.cascade.telesign.message.Channel;
import dev.cascade.telesign.status.DeliveryReportWriter;
import dev.cascade.telesign.status.TelesignTimestamp;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Loads a {@link DataSpec}'s messages into a benchmark database the way an upgrade meets them: the real
 * migrations build the schema up to version 2 (the ledger without aggregates), the messages with their channel
 * rows, status history and (for the last {@link #RECEIPT_DAYS} days) the callbacks that told them go in with
 * {@code COPY}, then the remaining migrations run — among them 2.1, the ledger's own {@code RollupBackfill},
 * which fills the aggregates from the messages with the ledger's rules. A data set whose recorded spec matches
 * is reused.
 *
 * <p>The secondary indexes and the unique and foreign-key constraints of the loaded tables are dropped for the
 * copy and re-created from their own definitions afterwards (PostgreSQL builds an index in one sort far faster
 * than it grows it row by row); the schema ends exactly as the migrations made it.
 */
public final class DatasetLoader {

    /** Receipts are kept for the recent days only: bodies are most of the ledger's bytes, and only recent ones are browsed. */
    static final int RECEIPT_DAYS = 7;
    private static final List<String> TABLES = List.of("message", "channel_status", "status_history", "callback_receipt");
    private static final int COPY_BUFFER = 1 << 20;

    private final BenchDatabase database;
    private final BenchOptions options;
    private final PrintStream log;

    public DatasetLoader(BenchDatabase database, BenchOptions options, PrintStream log) {
        this.database = database;
        this.options = options;
        this.log = log;
    }

    /** What was loaded (or found), how long the load took (then, if reused), and the phases' times. */
    public record Loaded(DataSpec spec, String key, boolean reused, Duration loadTime, Map<String, Duration> phases) {
    }

    /** The spec for {@code messages} with this build's schema version, ending now. */
    public DataSpec wanted(long messages, int days, long seed) throws SQLException {
        database.ensureExists();
        return new DataSpec(messages, days, seed, LedgerSchema.latestVersion(dataSource()), Instant.now());
    }

    public Loaded ensure(DataSpec wanted, boolean reload) throws SQLException, IOException {
        Optional<Loaded> recorded = recorded();
        if (!reload && recorded.isPresent() && recorded.get().key().equals(wanted.key())) {
            log.printf("   reusing the data set in %s (%s, loaded %s)%n", database.name(), wanted.key(), recorded.get().spec().end());
            return recorded.get();
        }
        if (!reload && recorded.isPresent() && wanted.upgrades(recorded.get().spec())) {
            return migrateForward(recorded.get(), wanted);
        }
        log.printf("   loading %,d messages into %s (%s)%s%n", wanted.messages(), database.name(), wanted.key(),
                recorded.map(r -> "; the recorded data set was " + r.key()).orElse(""));
        return load(wanted);
    }

    /**
     * Brings a loaded data set to this build's schema with the ledger's own migrations, as an upgrade in production
     * would (and in minutes, not a reload's quarter of an hour); the recount before timing checks the result.
     */
    private Loaded migrateForward(Loaded recorded, DataSpec wanted) throws SQLException {
        log.printf("   migrating the data set in %s from schema %s to %s, as an upgrade would%n", database.name(),
                recorded.spec().schemaVersion(), wanted.schemaVersion());
        long started = System.nanoTime();
        LedgerSchema.migrate(dataSource());
        Duration migration = since(started);
        DataSpec upgraded = new DataSpec(wanted.messages(), wanted.days(), wanted.seed(), wanted.schemaVersion(),
                recorded.spec().end());
        try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
            s.execute("DROP TABLE bench_dataset");
        }
        record(upgraded, recorded.loadTime());
        log.printf("   migrated in %.1f s%n", migration.toMillis() / 1000.0);
        return new Loaded(upgraded, upgraded.key(), true, recorded.loadTime(), Map.of("migrations (reused data set)", migration));
    }

    private Loaded load(DataSpec spec) throws SQLException, IOException {
        Map<String, Duration> phases = new LinkedHashMap<>();
        long started = System.nanoTime();
        long phase = started;
        database.empty();
        LedgerSchema.migrate(dataSource(), MigrationVersion.fromVersion("2"));
        phases.put("schema v2", since(phase));
        phase = System.nanoTime();
        List<String> recreate;
        try (Connection connection = database.connect()) {
            recreate = dropSecondaryStructures(connection);
            phases.put("drop indexes", since(phase));
            phase = System.nanoTime();
            long nextId = copy(connection, spec);
            phases.put("copy", since(phase));
            phase = System.nanoTime();
            try (Statement s = connection.createStatement()) {
                s.execute("SET maintenance_work_mem = '1GB'");
                for (String ddl : recreate) {
                    s.execute(ddl);
                }
                phases.put("indexes and constraints", since(phase));
                phase = System.nanoTime();
                // Cascade itself goes on from here: new messages and Hibernate's pooled ids must not collide.
                s.execute("ALTER TABLE message ALTER COLUMN id RESTART WITH " + (spec.messages() + 1));
                s.execute("SELECT setval('ledger_seq', " + (nextId + 100) + ")");
            }
        }
        LedgerSchema.migrate(dataSource());
        phases.put("migrations from 2.1 (rollup backfill)", since(phase));
        phase = System.nanoTime();
        try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        phases.put("vacuum analyze", since(phase));
        Duration total = since(started);
        record(spec, total);
        phases.forEach((name, time) -> log.printf("   load: %-40s %6.1f s%n", name, time.toMillis() / 1000.0));
        return new Loaded(spec, spec.key(), false, total, phases);
    }

    /** Drops what slows a bulk copy, returning the statements that put it back in dependency order. */
    static List<String> dropSecondaryStructures(Connection connection) throws SQLException {
        List<String> dropConstraints = new ArrayList<>();
        List<String> addUniques = new ArrayList<>();
        List<String> addForeignKeys = new ArrayList<>();
        List<String> dropIndexes = new ArrayList<>();
        List<String> createIndexes = new ArrayList<>();
        String tables = "'" + String.join("', '", TABLES) + "'";
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype"
                    + " FROM pg_constraint c WHERE c.contype IN ('u', 'f') AND c.conrelid::regclass::text IN (" + tables + ")"
                    + " ORDER BY c.contype")) {
                while (r.next()) {
                    String table = r.getString(1);
                    String add = "ALTER TABLE " + table + " ADD CONSTRAINT " + r.getString(2) + " " + r.getString(3);
                    (r.getString(4).equals("f") ? addForeignKeys : addUniques).add(add);
                    // Foreign keys first ("f" sorts before "u"), so the keys they reference can go.
                    dropConstraints.add("ALTER TABLE " + table + " DROP CONSTRAINT " + r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public'"
                    + " AND i.tablename IN (" + tables + ") AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")) {
                while (r.next()) {
                    dropIndexes.add("DROP INDEX " + r.getString(1));
                    createIndexes.add(r.getString(2));
                }
            }
            for (String ddl : dropConstraints) {
                s.execute(ddl);
            }
            for (String ddl : dropIndexes) {
                s.execute(ddl);
            }
        }
        List<String> recreate = new ArrayList<>(createIndexes);
        recreate.addAll(addUniques);
        recreate.addAll(addForeignKeys);
        return recreate;
    }

    /** Copies every message and its rows; returns the next free id of the shared sequence. */
    private long copy(Connection connection, DataSpec spec) throws SQLException, IOException {
        MessageGenerator generator = new MessageGenerator(spec);
        Instant receiptsFrom = spec.end().minus(Duration.ofDays(RECEIPT_DAYS));
        long nextId = 1;
        List<Connection> extra = new ArrayList<>();
        try {
            for (int i = 1; i < TABLES.size(); i++) {
                extra.add(database.connect());
            }
            try (Writer messages = copyIn(connection, "message (id, reference_id, external_id, phone_number, phone_reversed,"
                    + " calling_code, message_type, origin, sent_by, requested_channels, fallback_time_seconds, status_code,"
                    + " status_description, last_channel, status_updated_on, outcome, outcome_channel, outcome_reason, sent_at,"
                    + " first_seen_at, delivered_at, read_at, updated_at, flagged)");
                 Writer channels = copyIn(extra.get(0), "channel_status (id, message_id, channel, attempt_order,"
                         + " channel_reference_id, code, description, updated_on, time_estimated, first_delivered_at, read_at)");
                 Writer history = copyIn(extra.get(1), "status_history (id, message_id, scope, code, description,"
                         + " channel_reference_id, updated_on, updated_on_raw, occurred_key, received_at, receipt_id, source)");
                 Writer receipts = copyIn(extra.get(2), "callback_receipt (id, received_at, reference_id, message_id, body,"
                         + " body_size, body_truncated, content_type, verdict, reason, warnings, source)")) {
                long reportEvery = Math.max(1, spec.messages() / 10);
                for (long i = 0; i < spec.messages(); i++) {
                    MessageGenerator.Generated m = generator.message(i);
                    nextId = write(m, nextId, !m.sentAt().isBefore(receiptsFrom), messages, channels, history, receipts);
                    if ((i + 1) % reportEvery == 0) {
                        log.printf("   copied %,d messages%n", i + 1);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (Connection c : extra) {
                c.close();
            }
        }
        return nextId;
    }

    static long write(MessageGenerator.Generated m, long firstId, boolean withReceipts, Writer messages, Writer channels,
                      Writer history, Writer receipts) throws IOException {
        long nextId = firstId;
        MessageGenerator.Event last = m.events().get(m.events().size() - 1);
        row(messages, m.id(), m.referenceId(), m.externalId(), m.phoneNumber().orElse(null),
                m.phoneNumber().map(p -> new StringBuilder(p).reverse().toString()).orElse(null), m.callingCode().orElse(null),
                m.messageType().orElse(null), m.origin().name(), m.origin().name().equals("TEST") ? "admin" : null,
                m.requested().isEmpty() ? null : String.join(",", m.requested().stream().map(Channel::name).toList()),
                m.fallbackSeconds().orElse(null), last.code().value(), last.code().meaning().orElse(""), last.channel().name(),
                last.time(), m.verdict().outcome().name(), m.verdict().channel().map(Channel::name).orElse(null), m.verdict().reason(),
                m.sentAt(), m.sentAt(), m.deliveredAt().orElse(null), m.readAt().orElse(null), m.lastUpdate(), false);
        List<MessageGenerator.Event> events = m.events();
        List<Channel> order = new ArrayList<>();
        for (MessageGenerator.Event e : events) {
            if (!order.contains(e.channel())) {
                order.add(e.channel());
            }
        }
        for (int position = 0; position < order.size(); position++) {
            Channel channel = order.get(position);
            MessageGenerator.Event current = null;
            Instant firstDelivered = null;
            Instant read = null;
            for (MessageGenerator.Event e : events) {
                if (e.channel().equals(channel)) {
                    current = e;
                    if (e.code().kind().isDelivered() && firstDelivered == null) {
                        firstDelivered = e.time();
                    }
                    if (e.code().value() == 3005 && read == null) {
                        read = e.time();
                    }
                }
            }
            row(channels, nextId++, m.id(), channel.name(), position, m.channelReferenceId(current).orElse(null), current.code().value(),
                    current.code().meaning().orElse(""), current.time(), false, firstDelivered, read);
        }
        for (int i = 0; i < events.size(); i++) {
            MessageGenerator.Event e = events.get(i);
            Instant received = e.time().plusMillis(400);
            Long receiptId = null;
            if (withReceipts) {
                receiptId = nextId++;
                byte[] body = DeliveryReportWriter.write(m.report(i));
                row(receipts, receiptId, received, m.referenceId(), m.id(), body, body.length, false, "application/json",
                        "APPLIED", null, null, "CALLBACK");
            }
            String raw = TelesignTimestamp.of(e.time()).raw();
            // One callback tells the message's status and the channel's: two history rows, as the ledger records them.
            row(history, nextId++, m.id(), "message", e.code().value(), e.code().meaning().orElse(""), null, e.time(), raw,
                    e.time().toString(), received, receiptId, "CALLBACK");
            row(history, nextId++, m.id(), e.channel().name(), e.code().value(), e.code().meaning().orElse(""),
                    m.channelReferenceId(e).orElse(null), e.time(), raw, e.time().toString(), received, receiptId, "CALLBACK");
        }
        return nextId;
    }

    /** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
    static void row(Writer out, Object... values) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                line.append("\\N");
            } else if (value instanceof byte[] bytes) {
                line.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            } else if (value instanceof Instant instant) {
                line.append(instant);
            } else {
                escape(line, value.toString());
            }
        }
        out.write(line.append('\n').toString());
    }

    private static void escape(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private static Writer copyIn(Connection connection, String target) throws SQLException {
        PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "COPY " + target + " FROM STDIN",
                COPY_BUFFER);
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), COPY_BUFFER);
    }

    private Optional<Loaded> recorded() throws SQLException {
        try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
            // A record of another shape (an older benchmark) is no record: the data set is loaded again.
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) = 1 FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND table_name = 'bench_dataset' AND column_name = 'spec_key'")) {
                r.next();
                if (!r.getBoolean(1)) {
                    return Optional.empty();
                }
            }
            try (ResultSet r = s.executeQuery("SELECT messages, days, seed, schema_version, end_at, load_millis, spec_key FROM bench_dataset")) {
                if (!r.next()) {
                    return Optional.empty();
                }
                DataSpec spec = new DataSpec(r.getLong(1), r.getInt(2), r.getLong(3), r.getString(4),
                        r.getObject(5, OffsetDateTime.class).toInstant());
                return Optional.of(new Loaded(spec, r.getString(7), true, Duration.ofMillis(r.getLong(6)), Map.of()));
            }
        }
    }

    /** Written last: a load that stopped half-way has no record and is loaded again. */
    private void record(DataSpec spec, Duration loadTime) throws SQLException {
        try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE bench_dataset (messages BIGINT NOT NULL, days INTEGER NOT NULL, seed BIGINT NOT NULL,"
                    + " schema_version VARCHAR(32) NOT NULL, end_at TIMESTAMP WITH TIME ZONE NOT NULL, load_millis BIGINT NOT NULL,"
                    + " spec_key VARCHAR(200) NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_dataset VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, spec.messages());
                insert.setInt(2, spec.days());
                insert.setLong(3, spec.seed());
                insert.setString(4, spec.schemaVersion());
                insert.setObject(5, OffsetDateTime.ofInstant(spec.end(), ZoneOffset.UTC));
                insert.setLong(6, loadTime.toMillis());
                insert.setString(7, spec.key());
                insert.executeUpdate();
            }
        }
    }

    PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(options.dbUser());
        dataSource.setPassword(options.dbPassword());
        return dataSource;
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}

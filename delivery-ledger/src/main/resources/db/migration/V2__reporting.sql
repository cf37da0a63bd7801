-- The dashboard's aggregates and search indexes. Portable SQL: PostgreSQL 15 and H2 2.2 (PostgreSQL mode).
-- The ledger keeps both aggregates in the transaction that changes a message (RollupWriter); migration 2.1
-- (RollupBackfill, Java) fills them from the messages already here. docs/metrics.md, "How the dashboard
-- counts", says what they count.

-- Messages per UTC hour of sending and per everything the overview filters or splits by. Unknown values are
-- '' or 0 so that every dimension is part of the key. The type and the calling code may also be '*': such a
-- row totals the rows of every type (or calling code), so that a report filtered by neither reads a few rows
-- per hour; a message counts in four rows (its type and code, '*' and its code, its type and '*', '*' and
-- '*'). The key starts with them, so a filter's rows are one range of the primary key; on PostgreSQL the key
-- index also carries the count (the Flyway placeholder rollup_key_includes is INCLUDE (messages) there, and
-- empty on H2, which has no INCLUDE; see LedgerSchema), so a report reads the index alone. Rows whose count
-- returns to 0 are kept.
CREATE TABLE outcome_rollup (
    message_type          VARCHAR(8)    NOT NULL,              -- '' when unknown, '*' for every type
    calling_code          VARCHAR(4)    NOT NULL,              -- '' when unknown, '*' for every code
    hour_start            TIMESTAMP WITH TIME ZONE NOT NULL,   -- sent_at rounded down to the UTC hour
    origin                VARCHAR(16)   NOT NULL,
    outcome               VARCHAR(32)   NOT NULL,
    rcs_failure_code      INTEGER       NOT NULL,              -- the RCS channel's code when it is a failure, else 0
    fallback_time_seconds INTEGER       NOT NULL,              -- 0 when unknown
    messages              BIGINT        NOT NULL,
    CONSTRAINT pk_outcome_rollup PRIMARY KEY (message_type, calling_code, hour_start, origin, outcome, rcs_failure_code,
                                              fallback_time_seconds)${rollup_key_includes}
);

-- Time to delivery (delivered_at - sent_at) of messages delivered as RCS or by SMS fallback, as a histogram
-- over fixed bounds (DeliveryTimeBounds): up_to_ms is the bucket's upper bound, inclusive, in milliseconds;
-- 9223372036854775807 for the open last bucket (more than an hour). Kept per UTC hour and per UTC day (a
-- long range reads its whole days, and hours only at its ends), with '*' totals as in outcome_rollup: a
-- delivered message counts in eight rows.
CREATE TABLE delivery_time_rollup (
    message_type          VARCHAR(8)    NOT NULL,
    calling_code          VARCHAR(4)    NOT NULL,
    period                VARCHAR(4)    NOT NULL,              -- HOUR, DAY
    period_start          TIMESTAMP WITH TIME ZONE NOT NULL,   -- sent_at rounded down to the UTC hour or day
    origin                VARCHAR(16)   NOT NULL,
    path                  VARCHAR(16)   NOT NULL,              -- RCS, SMS_FALLBACK
    up_to_ms              BIGINT        NOT NULL,
    messages              BIGINT        NOT NULL,
    CONSTRAINT pk_delivery_time_rollup PRIMARY KEY (message_type, calling_code, period, period_start, origin, path,
                                                    up_to_ms)${rollup_key_includes}
);

-- "Ends with these digits" as an indexed prefix search: the phone number backwards. The search uses a range
-- (phone_reversed >= '4321' AND phone_reversed < '4322'), which a plain B-tree index serves in any collation,
-- so no PostgreSQL-only operator class (varchar_pattern_ops) is needed. The index also holds sent_at and id:
-- the search reads the newest matches from it alone (even the 1 % of numbers ending "42") and then only a
-- page of rows. Numbers are at most 15 characters: the fifteen substrings below reverse them in both
-- databases (H2 has no REVERSE).
ALTER TABLE message ADD COLUMN phone_reversed VARCHAR(15);
UPDATE message SET phone_reversed =
        SUBSTRING(phone_number, 15, 1) || SUBSTRING(phone_number, 14, 1) || SUBSTRING(phone_number, 13, 1)
     || SUBSTRING(phone_number, 12, 1) || SUBSTRING(phone_number, 11, 1) || SUBSTRING(phone_number, 10, 1)
     || SUBSTRING(phone_number, 9, 1) || SUBSTRING(phone_number, 8, 1) || SUBSTRING(phone_number, 7, 1)
     || SUBSTRING(phone_number, 6, 1) || SUBSTRING(phone_number, 5, 1) || SUBSTRING(phone_number, 4, 1)
     || SUBSTRING(phone_number, 3, 1) || SUBSTRING(phone_number, 2, 1) || SUBSTRING(phone_number, 1, 1)
    WHERE phone_number IS NOT NULL;
CREATE INDEX ix_message_phone_reversed ON message (phone_reversed, sent_at, id);

-- The message list pages by keyset, newest first: (sent_at, id) read backwards. It replaces the index on
-- sent_at alone, which it covers.
DROP INDEX ix_message_sent_at;
CREATE INDEX ix_message_sent_at_id ON message (sent_at, id);

-- Search by external id, newest first.
DROP INDEX ix_message_external_id;
CREATE INDEX ix_message_external_id_sent_at ON message (external_id, sent_at, id);

-- The receipts page filtered by verdict (rejected ones are rare), newest first; and its counts per verdict
-- over the last 24 hours, read from the index alone (it replaces the index on received_at, which it covers).
CREATE INDEX ix_callback_receipt_verdict_id ON callback_receipt (verdict, id);
DROP INDEX ix_callback_receipt_received_at;
CREATE INDEX ix_callback_receipt_received_at_verdict ON callback_receipt (received_at, verdict);

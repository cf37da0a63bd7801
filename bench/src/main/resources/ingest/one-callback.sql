-- The ingestion benchmark's database ceiling: the SQL of one callback as JpaDeliveryLedger.apply
-- writes it for a batch of one (statement for statement, same tables, indexes and constraints), one
-- transaction per callback. Variables: :messages (how many distinct messages the callbacks are spread
-- over: about 3 callbacks each, as in the HTTP workload). A callback that moves its message from PENDING
-- to a final outcome: the costliest common case (history rows, channel upsert, message update, the
-- 8 outcome_rollup cells, and for one callback in three the 8 delivery_time_rollup cells).
\set m random(1, :messages)
\set delivered random(0, 2)
\set bucket random(1, 12) * 1000
\set pick random(0, 2)
BEGIN;
-- createAndLock: create the message row unless it exists, then lock it.
INSERT INTO message (reference_id, origin, outcome, sent_at, first_seen_at, updated_at, flagged)
VALUES ('PGB' || lpad(:m::text, 29, '0'), 'CALLBACK', 'PENDING', now(), now(), now(), false)
ON CONFLICT (reference_id) DO NOTHING RETURNING reference_id;
SELECT id AS mid, outcome, sent_at, first_seen_at, status_code, external_id FROM message
 WHERE reference_id IN ('PGB' || lpad(:m::text, 29, '0')) ORDER BY reference_id FOR UPDATE \gset
-- loadChannels, loadHistoryKeys
SELECT id, message_id, channel, attempt_order, channel_reference_id, code, description, updated_on, time_estimated,
       first_delivered_at, read_at FROM channel_status WHERE message_id IN (:mid);
SELECT message_id, scope, code, occurred_key FROM status_history WHERE message_id IN (:mid);
-- the flush (the body has a space after each colon: pgbench reads a colon before a name as a variable): receipt, history (message status and the channel's), channel row, message row
INSERT INTO callback_receipt (id, received_at, reference_id, message_id, body, body_size, body_truncated, content_type,
                              verdict, reason, warnings, source)
VALUES (nextval('ledger_seq'), now(), 'PGB' || lpad(:m::text, 29, '0'), :mid, convert_to('{"reference_id": "PGB00000000000000000000000000001","external_id": null,"status": {"code": 3000,"description": "Delivered","last_channel": "rcs","updated_on": "2026-11-27 15:04:05.123"},"channel_status": [{"rcs": {"code": 3000,"description": "Delivered","reference_id": "PGB00000000000000000000000000101","updated_on": "2026-11-27 15:04:05.123"}}]}', 'UTF8'), 348, false, 'application/json',
        'APPLIED', NULL, NULL, 'CALLBACK');
INSERT INTO status_history (id, message_id, scope, code, description, channel_reference_id, updated_on, updated_on_raw,
                            occurred_key, received_at, receipt_id, source)
VALUES (nextval('ledger_seq'), :mid, 'message', 3000, 'Delivered', NULL, now(), NULL, clock_timestamp()::text, now(), NULL, 'CALLBACK');
INSERT INTO status_history (id, message_id, scope, code, description, channel_reference_id, updated_on, updated_on_raw,
                            occurred_key, received_at, receipt_id, source)
VALUES (nextval('ledger_seq'), :mid, 'rcs', 3000, 'Delivered', 'PGB00000000000000000000000000101', now(), NULL,
        clock_timestamp()::text, now(), NULL, 'CALLBACK');
INSERT INTO channel_status (id, message_id, channel, attempt_order, channel_reference_id, code, description, updated_on,
                            time_estimated, first_delivered_at, read_at)
VALUES (nextval('ledger_seq'), :mid, 'rcs', 0, 'PGB00000000000000000000000000101', 3000, 'Delivered', now(), false, now(), NULL)
ON CONFLICT (message_id, channel) DO UPDATE SET code = EXCLUDED.code, description = EXCLUDED.description,
    updated_on = EXCLUDED.updated_on, channel_reference_id = EXCLUDED.channel_reference_id,
    attempt_order = EXCLUDED.attempt_order, time_estimated = EXCLUDED.time_estimated,
    first_delivered_at = EXCLUDED.first_delivered_at, read_at = EXCLUDED.read_at;
UPDATE message SET external_id = NULL, phone_number = NULL, phone_reversed = NULL, calling_code = NULL, message_type = NULL,
       origin = 'CALLBACK', sent_by = NULL, requested_channels = NULL, fallback_time_seconds = NULL, status_code = 3000,
       status_description = 'Delivered', last_channel = 'rcs', status_updated_on = now(), outcome = (ARRAY['DELIVERED_RCS', 'DELIVERED_SMS_FALLBACK', 'FAILED'])[:pick + 1],
       outcome_channel = 'rcs', outcome_reason = 'RCS 3000 (Delivered)', sent_at = sent_at, first_seen_at = first_seen_at,
       delivered_at = now(), read_at = NULL, updated_at = now(), flagged = false
 WHERE id = :mid;
-- RollupWriter: the message leaves its PENDING cells and enters its new outcome's (in key order)
INSERT INTO outcome_rollup (message_type, calling_code, hour_start, origin, outcome, rcs_failure_code,
                            fallback_time_seconds, messages)
VALUES ('', '', date_trunc('hour', now()), 'CALLBACK', (ARRAY['DELIVERED_RCS', 'DELIVERED_SMS_FALLBACK', 'FAILED'])[:pick + 1], 0, 0, 1),
       ('', '', date_trunc('hour', now()), 'CALLBACK', 'PENDING', 0, 0, -1),
       ('', '*', date_trunc('hour', now()), 'CALLBACK', (ARRAY['DELIVERED_RCS', 'DELIVERED_SMS_FALLBACK', 'FAILED'])[:pick + 1], 0, 0, 1),
       ('', '*', date_trunc('hour', now()), 'CALLBACK', 'PENDING', 0, 0, -1),
       ('*', '', date_trunc('hour', now()), 'CALLBACK', (ARRAY['DELIVERED_RCS', 'DELIVERED_SMS_FALLBACK', 'FAILED'])[:pick + 1], 0, 0, 1),
       ('*', '', date_trunc('hour', now()), 'CALLBACK', 'PENDING', 0, 0, -1),
       ('*', '*', date_trunc('hour', now()), 'CALLBACK', (ARRAY['DELIVERED_RCS', 'DELIVERED_SMS_FALLBACK', 'FAILED'])[:pick + 1], 0, 0, 1),
       ('*', '*', date_trunc('hour', now()), 'CALLBACK', 'PENDING', 0, 0, -1)
ON CONFLICT (message_type, calling_code, hour_start, origin, outcome, rcs_failure_code, fallback_time_seconds)
DO UPDATE SET messages = outcome_rollup.messages + EXCLUDED.messages;
\if :delivered = 0
INSERT INTO delivery_time_rollup (message_type, calling_code, period, period_start, origin, path, up_to_ms, messages)
VALUES ('', '', 'DAY', date_trunc('day', now()), 'CALLBACK', 'RCS', :bucket, 1),
       ('', '', 'HOUR', date_trunc('hour', now()), 'CALLBACK', 'RCS', :bucket, 1),
       ('', '*', 'DAY', date_trunc('day', now()), 'CALLBACK', 'RCS', :bucket, 1),
       ('', '*', 'HOUR', date_trunc('hour', now()), 'CALLBACK', 'RCS', :bucket, 1),
       ('*', '', 'DAY', date_trunc('day', now()), 'CALLBACK', 'RCS', :bucket, 1),
       ('*', '', 'HOUR', date_trunc('hour', now()), 'CALLBACK', 'RCS', :bucket, 1),
       ('*', '*', 'DAY', date_trunc('day', now()), 'CALLBACK', 'RCS', :bucket, 1),
       ('*', '*', 'HOUR', date_trunc('hour', now()), 'CALLBACK', 'RCS', :bucket, 1)
ON CONFLICT (message_type, calling_code, period, period_start, origin, path, up_to_ms)
DO UPDATE SET messages = delivery_time_rollup.messages + EXCLUDED.messages;
\endif
END;

/**
 * The analysts' dashboard at {@code /dashboard}: how RCS compares with the SMS fallback, message search
 * and timelines, the fallback-time advisor, callback receipts, and admins' test sends.
 */
package dev.cascade.dashboard;

/**
 * The operator's command line: send a message, look up its status, check a captured callback's
 * signature. Exit codes: 0 ok, 1 signature invalid, 2 bad usage or validation, 3 Telesign error,
 * 4 connection problem.
 */
package dev.cascade.telesign.cli;

/** The account's request rate limit, answered like Telesign with 429 and code 3204. */
package dev.cascade.simulator.limits;

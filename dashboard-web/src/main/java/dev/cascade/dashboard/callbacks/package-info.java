/** The operators' view of Telesign's callbacks: what came in, and which were refused and why. */
package dev.cascade.dashboard.callbacks;

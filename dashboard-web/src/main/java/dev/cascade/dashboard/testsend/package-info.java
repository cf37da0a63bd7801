/** Admins' test sends: a real message through Telesign (or the simulator), followed on its detail page. */
package dev.cascade.dashboard.testsend;

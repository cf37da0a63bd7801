package dev.cascade.sending.reconciliation;

import dev.cascade.telesign.client.StatusAnswer;
import dev.cascade.telesign.client.TelesignException;
import dev.cascade.telesign.status.ReferenceId;

/** One status lookup at Telesign ({@code TelesignClient#lookUp}); an interface so the job's rules are tested without HTTP. */
@FunctionalInterface
interface StatusLookup {

    StatusAnswer lookUp(ReferenceId referenceId) throws TelesignException;
}

import { AppError } from '../../core/errors/app-error.js';
import { requireActor, type Actor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { canUseContacts } from '../contacts/contacts.policy.js';

export { CONTACT_STAFF as OUTREACH_STAFF } from '../contacts/contacts.policy.js';

/**
 * Outreach and staff consultations are kept by the same people as the contacts directory they
 * name (every role that works with personal data); analysts get counts from the reports.
 */
export function outreachStaff(context: RequestContext): Actor {
  const actor = requireActor(context);
  if (!canUseContacts(actor)) throw AppError.forbidden('outreach.staffOnly');
  return actor;
}

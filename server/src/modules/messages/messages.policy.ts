import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';

// Who writes and reads the thread of a referral: its two sides (case_message_read/write,
// migration 0003), never an analyst.

/** Every role that works with personal data writes and reads the threads it may see. */
export function canUseMessages(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'PERSONAL_DATA');
}

/** The referring side (else the partner's): who a new message is for depends on it. */
export function isReferringSide(actor: Actor, referral: { organisationId: string }): boolean {
  return referral.organisationId === actor.organisationId;
}

/** The viewer wrote this message (the `mine` field). */
export function wroteMessage(actor: Actor, message: { authorUserId: string }): boolean {
  return message.authorUserId === actor.userId;
}

/** Files a message may carry (a prescription, a certificate, a few photos of a document). */
export const MAX_MESSAGE_FILES = 5;

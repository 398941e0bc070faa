import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import type { SupervisionAction } from './supervision-action.entity.js';
import type { SupervisionSession } from './supervision-session.entity.js';

// Who may do what with a supervision session. Both sides read it (app_supervision_visible); the
// database refuses writes that these rules refuse too (app_supervision_editable, migration 0003).

/** Supervisors hold sessions (with a partner under a SUPERVISION agreement). */
export function canRecordSupervision(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'SUPERVISORS');
}

/** Supervisors of the supervising organisation edit a session's notes, actions and links. */
export function canEditSupervision(actor: Actor, session: SupervisionSession): boolean {
  return session.organisationId === actor.organisationId && canRecordSupervision(actor);
}

/** Participants comment, and so do those who may edit the session. */
export function canCommentOnSupervision(actor: Actor, session: SupervisionSession, participantIds: readonly string[]): boolean {
  return canEditSupervision(actor, session) || participantIds.includes(actor.userId);
}

/** An action is marked done by its owner, or by someone who may edit the session. */
export function canSetSupervisionActionDone(actor: Actor, session: SupervisionSession, action: SupervisionAction): boolean {
  return action.ownerUserId === actor.userId || canEditSupervision(actor, session);
}

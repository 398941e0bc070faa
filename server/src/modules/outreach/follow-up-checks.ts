import { AppError } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { Actor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { FollowUpTaskInput } from './dtos/follow-up-task.input.js';
import type { FollowUpValues, OutreachRepository } from './outreach.repository.js';

/** A follow-up's columns; its owner must be an active member of the organisation's own staff. */
export async function followUpValues(context: RequestContext, repository: OutreachRepository, actor: Actor, input: FollowUpTaskInput | null | undefined): Promise<FollowUpValues> {
  if (!input) return { followUp: null, followUpDueOn: null, followUpOwnerUserId: null };
  const own = isUuid(input.ownerId) ? await repository.ownStaff(context, actor.organisationId, [input.ownerId]) : new Set<string>();
  if (!own.has(input.ownerId)) throw AppError.badInput('followUp.ownerId', 'outreach.unknownStaff');
  return { followUp: input.description, followUpDueOn: input.dueOn, followUpOwnerUserId: input.ownerId };
}

import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { AppError } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { hasRole } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Role } from '../users/role.enum.js';
import type { ReferralCase } from './referral-case.entity.js';

@ObjectType()
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field({ description: 'e.g. case.read, case.create, case.update, case.status, consent.record, referral.send, access.denied' })
  action: string;

  actorUserId: string | null;
  organisationId: string | null;

  @Field()
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

/**
 * The trail of one case, for its owner's coordinators: everything recorded about the case and
 * about the consents and referrals that belong to it, newest first — and the refused attempts of
 * other organisations on them, which reach the owner as notices (audit_notice; the prober's own
 * event names only the prober's organisation).
 */
export async function caseAuditTrail(
  context: RequestContext,
  referralCase: ReferralCase,
  first: number,
  after?: string | null,
): Promise<Connection<AuditEvent>> {
  const actor = context.actor;
  if (referralCase.organisationId !== actor.organisationId || !hasRole(actor, Role.COORDINATOR)) throw AppError.forbidden();
  checkPageSize(first);
  const where = `((subject_organisation_id = $1 AND ((entity_type = 'case' AND entity_id = $2) OR details->>'caseId' = $2))
                  OR id IN (SELECT event_id FROM audit_notice WHERE organisation_id = $1 AND case_id = $2::uuid))`;
  const [{ count }] = (await context.db.query(`SELECT count(*)::int AS count FROM audit_event WHERE ${where}`, [
    actor.organisationId,
    referralCase.id,
  ])) as Array<{ count: number }>;
  const params: unknown[] = [actor.organisationId, referralCase.id, first + 1];
  let cursor = '';
  if (after) {
    const [id] = decodeCursor(after, ['digits']);
    params.push(id);
    cursor = 'AND id < $4::bigint';
  }
  const rows = (await context.db.query(
    `SELECT id::text, occurred_at, action, actor_user_id, organisation_id, entity_type, entity_id, request_id
       FROM audit_event WHERE ${where} ${cursor} ORDER BY id DESC LIMIT $3`,
    params,
  )) as Array<Record<string, string | Date | null>>;
  const events = rows.map((row) =>
    Object.assign(new AuditEvent(), {
      id: row.id as string,
      occurredAt: row.occurred_at as Date,
      action: row.action as string,
      actorUserId: row.actor_user_id as string | null,
      organisationId: row.organisation_id as string | null,
      entityType: row.entity_type as string,
      entityId: row.entity_id as string | null,
      requestId: row.request_id as string | null,
    }),
  );
  return toConnection(events, first, count, (event) => [event.id]);
}

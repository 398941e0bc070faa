import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { QueryFailedError } from 'typeorm';
import { manyBy } from '../../core/database/entity-rows.js';
import { change, execute, maybeOne, one, rows } from '../../core/database/sql.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { AgreementParty } from './agreement-party.entity.js';
import type { AgreementScope, AgreementStatus } from './agreements.enums.js';
import { CooperationAgreement } from './cooperation-agreement.entity.js';

/** The parties of agreements, by agreement id. */
const partiesByAgreement = manyBy(AgreementParty, 'agreement_id', 'agreementId', 't.organisation_id');

/**
 * The status of agreements today, by agreement id, decided by the database: in force is what
 * app_agreement_in_force() says (for the agreement's first scope: it is in force for all of its
 * scopes or for none), the rest follows from termination, confirmations and dates, in the
 * database's calendar day (UTC).
 */
const statusByAgreement = (context: RequestContext) =>
  new DataLoader<string, AgreementStatus>(async (ids) => {
    const found = await rows<{ id: string; status: AgreementStatus }>(
      context.db,
      `SELECT a.id,
              CASE WHEN a.terminated_at IS NOT NULL THEN 'TERMINATED'
                   WHEN a.valid_to < current_date THEN 'EXPIRED'
                   WHEN app_agreement_in_force(a.id, a.scopes[1]) THEN 'IN_FORCE'
                   WHEN a.valid_from > current_date
                        AND NOT EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.confirmed_at IS NULL)
                     THEN 'NOT_YET_VALID'
                   ELSE 'PROPOSED' END AS status
         FROM cooperation_agreement a WHERE a.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const byId = new Map(found.map((row) => [row.id, row.status]));
    return ids.map((id) => byId.get(id) ?? new Error(`No agreement ${id}`));
  });

export interface NewAgreement {
  referenceNumber: string;
  title: string;
  scopes: AgreementScope[];
  validFrom: string;
  validTo: string;
  responseTimeDays: number;
  proposedByOrganisationId: string;
  proposedByUserId: string;
}

/** The proposer's organisation has an agreement with this reference number already. */
export function isReferenceTaken(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'cooperation_agreement_reference_key';
}

/** Cooperation agreements and their parties; row-level security shows an agreement only to its parties. */
@Injectable()
export class AgreementsRepository {
  parties(context: RequestContext): DataLoader<string, AgreementParty[]> {
    return context.loader(partiesByAgreement);
  }

  status(context: RequestContext): DataLoader<string, AgreementStatus> {
    return context.loader(statusByAgreement);
  }

  /** Forgets what this request loaded of an agreement's parties and status, after changing them. */
  forget(context: RequestContext, agreementId: string): void {
    this.parties(context).clear(agreementId);
    this.status(context).clear(agreementId);
  }

  /** The agreement, or null (also for an id that is no UUID). */
  async find(context: RequestContext, id: string): Promise<CooperationAgreement | null> {
    return isUuid(id) ? context.db.getRepository(CooperationAgreement).findOneBy({ id }) : null;
  }

  /** Newest validity first; `after` is the (validTo, id) of the last agreement seen. */
  async page(context: RequestContext, limit: number, after?: readonly [validTo: string, id: string]): Promise<{ rows: CooperationAgreement[]; totalCount: number }> {
    const query = context.db.getRepository(CooperationAgreement).createQueryBuilder('a');
    const totalCount = await query.clone().getCount();
    if (after) query.where('(a.valid_to, a.id) < (:validTo::date, :id::uuid)', { validTo: after[0], id: after[1] });
    const found = await query.orderBy('a.valid_to', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
    return { rows: found, totalCount };
  }

  /** The new agreement's id; throws what isReferenceTaken() recognises when the reference is in use. */
  async insert(context: RequestContext, agreement: NewAgreement): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO cooperation_agreement (reference_number, title, scopes, valid_from, valid_to, response_time_days,
                                          proposed_by_organisation_id, proposed_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        agreement.referenceNumber,
        agreement.title,
        agreement.scopes,
        agreement.validFrom,
        agreement.validTo,
        agreement.responseTimeDays,
        agreement.proposedByOrganisationId,
        agreement.proposedByUserId,
      ],
    );
    return id;
  }

  /** The parties of a new agreement: the proposer's, confirmed by proposing, and the others, to confirm. */
  async addParties(context: RequestContext, agreementId: string, proposer: { organisationId: string; userId: string }, partnerIds: string[]): Promise<void> {
    await execute(
      context.db,
      'INSERT INTO agreement_party (agreement_id, organisation_id, confirmed_at, confirmed_by_user_id) VALUES ($1, $2, now(), $3)',
      [agreementId, proposer.organisationId, proposer.userId],
    );
    await execute(context.db, 'INSERT INTO agreement_party (agreement_id, organisation_id) SELECT $1, unnest($2::uuid[])', [agreementId, partnerIds]);
  }

  /** Confirms for the organisation if it has not yet; false when there was nothing to confirm. */
  async confirm(context: RequestContext, agreementId: string, organisationId: string, userId: string): Promise<boolean> {
    const { count } = await change(
      context.db,
      `UPDATE agreement_party SET confirmed_at = now(), confirmed_by_user_id = $3
        WHERE agreement_id = $1 AND organisation_id = $2 AND confirmed_at IS NULL`,
      [agreementId, organisationId, userId],
    );
    return count > 0;
  }

  async terminate(context: RequestContext, agreementId: string, by: { organisationId: string; userId: string }, reason: string): Promise<void> {
    await execute(
      context.db,
      `UPDATE cooperation_agreement SET terminated_at = now(), terminated_by_organisation_id = $2, terminated_by_user_id = $3,
              termination_reason = $4 WHERE id = $1`,
      [agreementId, by.organisationId, by.userId, reason],
    );
  }

  /** The agreement in force today between two organisations for a scope (the latest ending, if several). */
  async inForceBetween(context: RequestContext, organisationId: string, partnerId: string, scope: AgreementScope): Promise<string | undefined> {
    const found = await maybeOne<{ id: string }>(
      context.db,
      `SELECT a.id FROM cooperation_agreement a
         JOIN agreement_party mine ON mine.agreement_id = a.id AND mine.organisation_id = $1
         JOIN agreement_party theirs ON theirs.agreement_id = a.id AND theirs.organisation_id = $2
        WHERE app_agreement_in_force(a.id, $3)
        ORDER BY a.valid_to DESC LIMIT 1`,
      [organisationId, partnerId, scope],
    );
    return found?.id;
  }

  /** The organisations an organisation has an agreement in force with, for a scope. */
  async partnersInForce(context: RequestContext, organisationId: string, scope: AgreementScope): Promise<string[]> {
    const found = await rows<{ id: string }>(
      context.db,
      `SELECT DISTINCT theirs.organisation_id AS id FROM cooperation_agreement a
         JOIN agreement_party mine ON mine.agreement_id = a.id AND mine.organisation_id = $1
         JOIN agreement_party theirs ON theirs.agreement_id = a.id AND theirs.organisation_id <> $1
        WHERE app_agreement_in_force(a.id, $2)`,
      [organisationId, scope],
    );
    return found.map((row) => row.id);
  }
}

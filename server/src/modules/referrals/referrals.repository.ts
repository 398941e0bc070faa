import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { manyBy } from '../../core/database/entity-rows.js';
import { change, execute, maybeOne, one, rows } from '../../core/database/sql.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { ConsentSection } from '../consents/consents.enums.js';
import { Referral } from './referral.entity.js';
import { ReferralStatus } from './referrals.enums.js';

/** The referrals of cases, newest first; row-level security decides which the viewer sees. */
export const referralsByCase = manyBy(Referral, 'case_id', 'caseId', 't.sent_at DESC');

export interface ReferralPage {
  rows: Referral[];
  /** Each row's sent_at to the microsecond (UTC, `YYYY-MM-DDTHH:MI:SS.US`), by referral id: the cursor after it. */
  sentKeys: Map<string, string>;
  /** Counted only when called (app_received_referral_count: the receiver's rule over the set). */
  totalCount: () => Promise<number>;
}

/**
 * The (sentAt to the microsecond, id) of the last referral seen. A cursor to the millisecond (as a
 * JS Date has it) repeated the last row of a page at the top of the next.
 */
export type SentAtCursor = readonly [sentAt: string, id: string];

/** sent_at as the cursor holds it. */
const sentKey = `to_char(r.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

export interface NewReferral {
  caseId: string;
  organisationId: string;
  toOrganisationId: string;
  agreementId: string;
  sections: ConsentSection[];
  sentByUserId: string;
  /** The agreement's answer time: the referral expires this many days after it is sent. */
  responseTimeDays: number;
  coverNote: string | null;
}

/** Referrals of cases to partners, on the request's transaction. */
@Injectable()
export class ReferralsRepository {
  byCase(context: RequestContext): DataLoader<string, Referral[]> {
    return context.loader(referralsByCase);
  }

  /** The referral, or null (also for an id that is no UUID). */
  async find(context: RequestContext, id: string): Promise<Referral | null> {
    return isUuid(id) ? context.db.getRepository(Referral).findOneBy({ id }) : null;
  }

  /** PENDING referrals to the organisation that can still be answered, oldest first. */
  inbox(context: RequestContext, organisationId: string, limit: number, after?: SentAtCursor): Promise<ReferralPage> {
    const where = `r.to_organisation_id = :org AND r.status = 'PENDING' AND r.expires_at > now()`;
    return this.page(context, where, { org: organisationId }, [ReferralStatus.PENDING], true, 'ASC', limit, after);
  }

  /** Referrals to the organisation in the given statuses, newest first. */
  incoming(context: RequestContext, organisationId: string, statuses: ReferralStatus[], limit: number, after?: SentAtCursor): Promise<ReferralPage> {
    const where = 'r.to_organisation_id = :org AND r.status = ANY(:statuses)';
    return this.page(context, where, { org: organisationId, statuses }, statuses, false, 'DESC', limit, after);
  }

  private async page(
    context: RequestContext,
    where: string,
    params: ObjectLiteral,
    statuses: readonly ReferralStatus[],
    answerableOnly: boolean,
    direction: 'ASC' | 'DESC',
    limit: number,
    after?: SentAtCursor,
  ): Promise<ReferralPage> {
    const query = context.db.getRepository(Referral).createQueryBuilder('r').where(where, params);
    const totalCount = async () =>
      (await one<{ count: number }>(context.db, 'SELECT app_received_referral_count($1::text[], $2) AS count', [statuses, answerableOnly])).count;
    if (after) {
      query.andWhere(`(r.sent_at, r.id) ${direction === 'ASC' ? '>' : '<'} (:sentAt::timestamp AT TIME ZONE 'UTC', :id::uuid)`, { sentAt: after[0], id: after[1] });
    }
    const found = (await query
      .addSelect(sentKey, 'r_sent_key')
      .orderBy('r.sent_at', direction)
      .addOrderBy('r.id', direction)
      .limit(limit)
      .getRawAndEntities()) as { entities: Referral[]; raw: Array<{ r_id: string; r_sent_key: string }> };
    return { rows: found.entities, sentKeys: new Map(found.raw.map((row) => [row.r_id, row.r_sent_key])), totalCount };
  }

  /** A referral of the case to the partner that still gives access: ACCEPTED, or PENDING and not expired. */
  async hasOpen(context: RequestContext, caseId: string, partnerId: string): Promise<boolean> {
    const open = await maybeOne<{ id: string }>(
      context.db,
      `SELECT id FROM referral WHERE case_id = $1 AND to_organisation_id = $2 AND status IN ('PENDING', 'ACCEPTED') AND (status = 'ACCEPTED' OR expires_at > now())`,
      [caseId, partnerId],
    );
    return open !== undefined;
  }

  /** Writes EXPIRED on the case's PENDING referrals to the partner past their answer time. */
  async markExpired(context: RequestContext, caseId: string, partnerId: string): Promise<void> {
    await execute(
      context.db,
      `UPDATE referral SET status = 'EXPIRED' WHERE case_id = $1 AND to_organisation_id = $2 AND status = 'PENDING' AND expires_at <= now()`,
      [caseId, partnerId],
    );
  }

  async insert(context: RequestContext, referral: NewReferral): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO referral (case_id, organisation_id, to_organisation_id, agreement_id, sections, sent_by_user_id, expires_at, cover_note)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7), $8) RETURNING id`,
      [
        referral.caseId,
        referral.organisationId,
        referral.toOrganisationId,
        referral.agreementId,
        referral.sections,
        referral.sentByUserId,
        referral.responseTimeDays,
        referral.coverNote,
      ],
    );
    return id;
  }

  /**
   * The receiver's answer, through app_answer_referral(): the receiver's own policies would not
   * let it write a refusal it may then not see. False when the referral was no longer PENDING.
   */
  async answer(context: RequestContext, referralId: string, status: ReferralStatus, declineReason: string | null): Promise<boolean> {
    const { answered } = await one<{ answered: boolean }>(context.db, 'SELECT app_answer_referral($1, $2, $3) AS answered', [
      referralId,
      status,
      declineReason,
    ]);
    return answered;
  }

  /** The sender revokes; false when the status is no longer `from` (a concurrent answer came first). */
  async revoke(context: RequestContext, referralId: string, userId: string, from: ReferralStatus): Promise<boolean> {
    const { count } = await change(
      context.db,
      `UPDATE referral SET status = 'REVOKED', revoked_by_user_id = $2, revoked_at = now() WHERE id = $1 AND status = $3`,
      [referralId, userId, from],
    );
    return count === 1;
  }

  /** The sender completes; false when the status is no longer `from`. */
  async complete(context: RequestContext, referralId: string, from: ReferralStatus): Promise<boolean> {
    const { count } = await change(context.db, `UPDATE referral SET status = 'COMPLETED', completed_at = now() WHERE id = $1 AND status = $2`, [
      referralId,
      from,
    ]);
    return count === 1;
  }

  /**
   * Self-committing work of the expiry task, on the application role without a tenant: marks every
   * PENDING referral past its answer time EXPIRED (app_expire_referrals writes the audit events
   * and tells the senders); how many it marked.
   */
  async expireOverdue(db: EntityManager): Promise<number> {
    return (await rows<{ referral_id: string }>(db, 'SELECT * FROM app_expire_referrals()')).length;
  }
}

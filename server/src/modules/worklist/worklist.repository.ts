import { Injectable } from '@nestjs/common';
import { preparedRows, rows } from '../../core/database/sql.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { WorkReason } from './worklist.enums.js';

export interface CaseNeedingAction {
  id: string;
  /** The oldest of the case's reasons: where the case sits in the list. */
  reason: WorkReason;
  /** Every reason the case needs its caseworker, oldest first: the case is listed once. */
  reasons: WorkReason[];
  since: Date | null;
  /** `since`, or the epoch where a reason has no date: the first part of the list's order. */
  sortAt: Date;
}

/** The (sortAt, reason, case id) of the last item seen. */
export type CaseNeedingActionCursor = readonly [sortAt: string, reason: string, caseId: string];

export interface CasesNeedingActionPage {
  rows: CaseNeedingAction[];
  totalCount: number;
}

/** The (next visit date, case id) of the last overdue case seen. */
export type OverdueCursor = readonly [nextVisitOn: string, caseId: string];

export interface OverduePage {
  rows: Array<{ caseId: string; nextVisitOn: string }>;
  totalCount: number;
}

/** The worklist's read model: one query under row-level security, over tables of several modules. */
@Injectable()
export class WorklistRepository {
  /**
   * A page of the open cases the user is responsible for that need them, each case once with all
   * its reasons (WorkReason), placed by its oldest; with the count of all of them, in one statement.
   */
  async casesNeedingAction(
    context: RequestContext,
    organisationId: string,
    userId: string,
    limit: number,
    after?: CaseNeedingActionCursor,
  ): Promise<CasesNeedingActionPage> {
    const found = await preparedRows<{ total: number; id: string | null; reason: WorkReason; reasons: WorkReason[]; since: Date | null; sort_at: Date }>(
      context.db,
      'worklist.casesNeedingAction',
      `WITH mine AS NOT MATERIALIZED (
         -- Each reason below reads only the user's open cases in the statuses it is about (referral_case_responsible_open).
         SELECT c.id, c.status, c.updated_at, c.planned_departure FROM referral_case c
          WHERE c.organisation_id = $1 AND c.responsible_user_id = $2 AND c.status <> 'CLOSED'
       ), unanswered AS (
         -- The latest referral of each of the user's cases, where it was declined or went unanswered:
         -- found from the organisation's referrals in those states, not by reading every case's latest.
         SELECT r.case_id, r.status, r.expires_at, r.responded_at FROM referral r
          WHERE r.organisation_id = $1 AND r.status IN ('DECLINED', 'EXPIRED', 'PENDING')
            AND (r.status <> 'PENDING' OR r.expires_at <= now())
            AND EXISTS (SELECT 1 FROM mine WHERE mine.id = r.case_id)
            AND NOT EXISTS (SELECT 1 FROM referral later WHERE later.case_id = r.case_id AND (later.sent_at, later.id) > (r.sent_at, r.id))
       ), items AS (
         SELECT id, 'NO_CONSENT' AS reason, updated_at AS since FROM mine
          WHERE status IN ('INTAKE', 'PREPARING_RETURN')
            AND NOT EXISTS (SELECT 1 FROM consent k WHERE k.case_id = mine.id AND k.withdrawn_at IS NULL)
         UNION ALL
         SELECT u.case_id, 'REFERRAL_DECLINED', u.responded_at FROM unanswered u WHERE u.status = 'DECLINED'
         UNION ALL
         SELECT u.case_id, 'REFERRAL_EXPIRED', u.expires_at FROM unanswered u WHERE u.status <> 'DECLINED'
         UNION ALL
         SELECT a.case_id, 'ARRIVAL_CONFIRMED', a.recorded_at FROM arrival a JOIN mine ON mine.id = a.case_id
          WHERE mine.status IN ('PREPARING_RETURN', 'RETURNED')
         UNION ALL
         SELECT id, 'DEPARTURE_DUE', planned_departure::timestamptz FROM mine
          WHERE status = 'PREPARING_RETURN' AND planned_departure <= current_date + 7
         UNION ALL
         SELECT * FROM (
           SELECT DISTINCT ON (r.case_id) r.case_id, 'NEW_MESSAGES', m.created_at
             FROM referral r JOIN mine ON mine.id = r.case_id
             JOIN case_message m ON m.referral_id = r.id AND m.author_user_id <> $2
             LEFT JOIN message_read mr ON mr.referral_id = r.id AND mr.user_id = $2
            WHERE m.created_at > coalesce(mr.last_read_at, '-infinity')
            ORDER BY r.case_id, m.created_at DESC
         ) unread
       ), sorted AS (
         -- One row per case, at its oldest reason, carrying all of them: a case with two reasons
         -- (arrival confirmed and new messages) was listed twice.
         SELECT DISTINCT ON (id) id, reason, since, sort_at, reasons FROM (
           SELECT id, reason, since, date_trunc('milliseconds', coalesce(since, 'epoch')) AS sort_at,
                  array_agg(reason) OVER (PARTITION BY id ORDER BY coalesce(since, 'epoch'), reason
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS reasons
             FROM items
         ) per_reason
         ORDER BY id, sort_at, reason
       )
       SELECT (SELECT count(*) FROM sorted)::int AS total, page.*
         FROM (SELECT) one
         LEFT JOIN LATERAL (
           SELECT id, reason, reasons, since, sort_at FROM sorted
            WHERE $3::timestamptz IS NULL OR (sort_at, reason, id) > ($3::timestamptz, $4::text, $5::uuid)
            ORDER BY sort_at, reason, id
            LIMIT $6
         ) page ON true`,
      [organisationId, userId, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
    );
    return {
      totalCount: found[0]?.total ?? 0,
      rows: found.filter((row) => row.id !== null).map((row) => ({ id: row.id!, reason: row.reason, reasons: row.reasons, since: row.since, sortAt: row.sort_at })),
    };
  }

  /**
   * A page of the open cases whose latest visit's next date has passed on the partner's calendar
   * day, among those the actor sees as the owner and as the partner, the longest overdue first;
   * with the count of all of them, in one statement. The set comes from app_overdue_follow_ups(),
   * which applies the follow-up rules of row-level security over the set at once (per visit they
   * cost 300 µs each); the cases of the page are then loaded under row-level security.
   */
  async overdueFollowUps(context: RequestContext, limit: number, after?: OverdueCursor): Promise<OverduePage> {
    const found = await rows<{ total: number; case_id: string | null; next_visit_on: string | null }>(
      context.db,
      `WITH overdue AS MATERIALIZED (
         SELECT DISTINCT case_id, next_visit_on FROM app_overdue_follow_ups()
       )
       SELECT (SELECT count(*) FROM overdue)::int AS total, page.case_id, page.next_visit_on
         FROM (SELECT) one
         LEFT JOIN LATERAL (
           SELECT case_id, next_visit_on FROM overdue
            WHERE $1::date IS NULL OR (next_visit_on, case_id) > ($1::date, $2::uuid)
            ORDER BY next_visit_on, case_id
            LIMIT $3
         ) page ON true`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return {
      totalCount: found[0]?.total ?? 0,
      rows: found.filter((row) => row.case_id !== null).map((row) => ({ caseId: row.case_id!, nextVisitOn: row.next_visit_on! })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { hasRole } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { caseLoader } from '../cases/case.loaders.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { SupervisionAction, SupervisionSession } from '../supervision/supervision.entities.js';
import { PERSONAL_DATA_ROLES } from '../users/role.enum.js';
import { type CaseWorkItem, type SupervisionActionItem, type Worklist, WorkReason } from './worklist.model.js';

/**
 * What needs the signed-in person now. Each list is one query under row-level security, so
 * everything in it is something the person may see anyway.
 */
@Injectable()
export class WorklistService {
  constructor(private readonly referrals: ReferralsService) {}

  async worklist(context: RequestContext): Promise<Worklist> {
    // Analysts work with aggregated reports: nothing here is theirs (and the policies would show them nothing).
    if (!hasRole(context.actor, ...PERSONAL_DATA_ROLES)) {
      return { casesNeedingAction: [], referralsAwaitingAnswer: [], overdueFollowUps: [], supervisionActionsDue: [] };
    }
    // One connection runs them one after another (see RequestContext); Promise.all only saves waiting.
    const [casesNeedingAction, inbox, overdueFollowUps, supervisionActionsDue] = await Promise.all([
      this.casesNeedingAction(context),
      this.referrals.inbox(context, 20),
      this.overdueFollowUps(context),
      this.actionsDue(context),
    ]);
    return { casesNeedingAction, referralsAwaitingAnswer: inbox.edges.map((e) => e.node), overdueFollowUps, supervisionActionsDue };
  }

  private async casesNeedingAction(context: RequestContext): Promise<CaseWorkItem[]> {
    const actor = context.actor;
    const rows = (await context.db.query(
      `WITH mine AS (
         SELECT c.* FROM referral_case c WHERE c.organisation_id = $1 AND c.responsible_user_id = $2 AND c.status <> 'CLOSED'
       ), latest AS (
         SELECT DISTINCT ON (r.case_id) r.case_id, r.status, r.expires_at, r.responded_at, r.sent_at
           FROM referral r JOIN mine ON mine.id = r.case_id ORDER BY r.case_id, r.sent_at DESC
       )
       SELECT id, 'NO_CONSENT' AS reason, updated_at AS since FROM mine
        WHERE status IN ('INTAKE', 'PREPARING_RETURN')
          AND NOT EXISTS (SELECT 1 FROM consent k WHERE k.case_id = mine.id AND k.withdrawn_at IS NULL)
       UNION ALL
       SELECT l.case_id, 'REFERRAL_DECLINED', l.responded_at FROM latest l WHERE l.status = 'DECLINED'
       UNION ALL
       SELECT l.case_id, 'REFERRAL_EXPIRED', l.expires_at FROM latest l
        WHERE l.status = 'EXPIRED' OR (l.status = 'PENDING' AND l.expires_at <= now())
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
       ) unread`,
      [actor.organisationId, actor.userId],
    )) as Array<{ id: string; reason: WorkReason; since: Date | null }>;
    const cases = await context.loader(caseLoader).loadMany(rows.map((row) => row.id));
    return rows
      .map((row, index) => ({ case: cases[index] as ReferralCase, reason: row.reason, since: row.since }))
      .filter((item) => item.case && !(item.case instanceof Error))
      .sort((a, b) => (a.since?.getTime() ?? 0) - (b.since?.getTime() ?? 0));
  }

  private async overdueFollowUps(context: RequestContext): Promise<ReferralCase[]> {
    const rows = (await context.db.query(
      `SELECT DISTINCT ON (v.case_id) v.case_id, v.next_visit_on FROM follow_up_visit v
        ORDER BY v.case_id, v.visited_on DESC, v.recorded_at DESC`,
    )) as Array<{ case_id: string; next_visit_on: string | null }>;
    const today = new Date().toISOString().slice(0, 10);
    const overdue = rows.filter((row) => row.next_visit_on !== null && row.next_visit_on < today).map((row) => row.case_id);
    const cases = await context.loader(caseLoader).loadMany(overdue);
    return cases.filter((c): c is ReferralCase => c !== null && !(c instanceof Error) && c.status !== 'CLOSED');
  }

  private async actionsDue(context: RequestContext): Promise<SupervisionActionItem[]> {
    const actor = context.actor;
    const actions = await context.db
      .getRepository(SupervisionAction)
      .createQueryBuilder('a')
      .where('a.owner_user_id = :me AND NOT a.done AND a.due_on <= current_date + 7', { me: actor.userId })
      .orderBy('a.due_on', 'ASC')
      .getMany();
    const sessions = await context.db.getRepository(SupervisionSession).findBy({ id: In(actions.map((a) => a.sessionId)) });
    return actions
      .map((action) => ({ action, session: sessions.find((s) => s.id === action.sessionId)! }))
      .filter((item) => item.session);
  }
}

import { Injectable } from '@nestjs/common';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { caseById } from '../cases/cases.repository.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { FollowUpService } from '../follow-up/follow-up.service.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { SupervisionService } from '../supervision/supervision.service.js';
import type { CaseWorkItem } from './case-work-item.model.js';
import type { Worklist } from './worklist.model.js';
import { hasWorklist } from './worklist.policy.js';
import { WorklistRepository } from './worklist.repository.js';

/** The cases behind ids, in order, leaving out those the reader cannot see. */
async function casesOf(context: RequestContext, ids: readonly string[]): Promise<Array<ReferralCase | null>> {
  const cases = await context.loader(caseById).loadMany(ids);
  return cases.map((c) => (c && !(c instanceof Error) ? c : null));
}

/**
 * What needs the signed-in person now. Each list is one query under row-level security, so
 * everything in it is something the person may see anyway. "Overdue" and "due" are decided in
 * SQL on the partner's calendar day (app_is_overdue, app_local_today: migration 0006).
 */
@Injectable()
export class WorklistService {
  constructor(
    private readonly repository: WorklistRepository,
    private readonly referrals: ReferralsService,
    private readonly followUp: FollowUpService,
    private readonly supervision: SupervisionService,
  ) {}

  async worklist(context: RequestContext): Promise<Worklist> {
    if (!hasWorklist(requireActor(context))) {
      return { casesNeedingAction: [], referralsAwaitingAnswer: [], overdueFollowUps: [], supervisionActionsDue: [] };
    }
    // One connection runs them one after another (see RequestContext); Promise.all only saves waiting.
    const [casesNeedingAction, inbox, overdueFollowUps, supervisionActionsDue] = await Promise.all([
      this.casesNeedingAction(context),
      this.referrals.inbox(context, 20),
      this.overdueFollowUps(context),
      this.supervision.actionsDue(context),
    ]);
    return { casesNeedingAction, referralsAwaitingAnswer: inbox.edges.map((e) => e.node), overdueFollowUps, supervisionActionsDue };
  }

  private async casesNeedingAction(context: RequestContext): Promise<CaseWorkItem[]> {
    const actor = requireActor(context);
    const rows = await this.repository.casesNeedingAction(context, actor.organisationId, actor.userId);
    const cases = await casesOf(context, rows.map((row) => row.id));
    return rows
      .map((row, index) => ({ case: cases[index]!, reason: row.reason, since: row.since }))
      .filter((item) => item.case)
      .sort((a, b) => (a.since?.getTime() ?? 0) - (b.since?.getTime() ?? 0));
  }

  private async overdueFollowUps(context: RequestContext): Promise<ReferralCase[]> {
    const cases = await casesOf(context, await this.followUp.overdueCaseIds(context));
    return cases.filter((c): c is ReferralCase => c !== null && c.status !== 'CLOSED');
  }
}

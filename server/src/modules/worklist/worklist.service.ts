import { Injectable } from '@nestjs/common';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { caseById } from '../cases/cases.repository.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import type { Referral } from '../referrals/referral.entity.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { SupervisionService } from '../supervision/supervision.service.js';
import type { CaseWorkItem } from './case-work-item.model.js';
import type { SupervisionActionItem } from './supervision-action-item.model.js';
import type { Worklist } from './worklist.model.js';
import { hasOwnCases, hasWorklist } from './worklist.policy.js';
import { WorklistRepository } from './worklist.repository.js';

/** The cases behind ids, in order, leaving out those the reader cannot see. */
async function casesOf(context: RequestContext, ids: readonly string[]): Promise<Array<ReferralCase | null>> {
  const cases = await context.loader(caseById).loadMany(ids);
  return cases.map((c) => (c && !(c instanceof Error) ? c : null));
}

function emptyConnection<T>(first: number): Connection<T> {
  checkPageSize(first);
  return toConnection<T>([], first, 0, () => []);
}

/**
 * What needs the signed-in person now. Each list is decided and paged in SQL under row-level
 * security (one statement for the page and its count, then one batch for what the page shows),
 * so everything in it is something the person may see anyway, and an answer is as large as its
 * pages whatever the volume. "Overdue" and "due" are decided in SQL on the partner's calendar
 * day (app_is_overdue, app_local_today: migration 0006).
 */
@Injectable()
export class WorklistService {
  constructor(
    private readonly repository: WorklistRepository,
    private readonly referrals: ReferralsService,
    private readonly supervision: SupervisionService,
  ) {}

  worklist(context: RequestContext): Worklist {
    return { available: hasWorklist(requireActor(context)) };
  }

  async casesNeedingAction(context: RequestContext, worklist: Worklist, first: number, after?: string | null): Promise<Connection<CaseWorkItem>> {
    const actor = requireActor(context);
    if (!worklist.available || !hasOwnCases(actor)) return emptyConnection(first);
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, ['timestamp', 'text', 'uuid']) : undefined;
    const page = await this.repository.casesNeedingAction(context, actor.organisationId, actor.userId, first + 1, cursor);
    const cases = await casesOf(context, page.rows.slice(0, first).map((row) => row.id));
    const items = page.rows.map((row, index) => ({ item: { case: cases[index]!, reason: row.reason, reasons: row.reasons, since: row.since }, row }));
    // The rows are the user's own cases under RLS: each one's case loads (a missing one is left out, never shown empty).
    const connection = toConnection(items, first, page.totalCount, ({ row }) => [row.sortAt.toISOString(), row.reason, row.id]);
    return { ...connection, edges: connection.edges.filter((edge) => edge.node.item.case).map((edge) => ({ cursor: edge.cursor, node: edge.node.item })) };
  }

  referralsAwaitingAnswer(context: RequestContext, worklist: Worklist, first: number, after?: string | null): Promise<Connection<Referral>> {
    if (!worklist.available) return Promise.resolve(emptyConnection(first));
    return this.referrals.inbox(context, first, after);
  }

  async overdueFollowUps(context: RequestContext, worklist: Worklist, first: number, after?: string | null): Promise<Connection<ReferralCase>> {
    if (!worklist.available) return emptyConnection(first);
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, ['date', 'uuid']) : undefined;
    const page = await this.repository.overdueFollowUps(context, first + 1, cursor);
    const cases = await casesOf(context, page.rows.slice(0, first).map((row) => row.caseId));
    const items = page.rows.map((row, index) => ({ row, c: cases[index] ?? null }));
    const connection = toConnection(items, first, page.totalCount, ({ row }) => [row.nextVisitOn, row.caseId]);
    return { ...connection, edges: connection.edges.filter((edge) => edge.node.c).map((edge) => ({ cursor: edge.cursor, node: edge.node.c! })) };
  }

  supervisionActionsDue(context: RequestContext, worklist: Worklist, first: number, after?: string | null): Promise<Connection<SupervisionActionItem>> {
    if (!worklist.available) return Promise.resolve(emptyConnection(first));
    return this.supervision.actionsDue(context, first, after);
  }
}

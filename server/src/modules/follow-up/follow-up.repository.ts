import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityRows, manyBy, oneBy } from '../../core/database/entity-rows.js';
import { execute, one, rows } from '../../core/database/sql.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Arrival } from './arrival.entity.js';
import type { DomainStatus, GoalStatus, ReintegrationDomain, SustainabilityIndicator, VisitMode } from './follow-up.enums.js';
import type { FollowUp } from './follow-up.model.js';
import { FollowUpVisit } from './follow-up-visit.entity.js';
import { PlanGoal } from './plan-goal.entity.js';
import { ReintegrationPlan } from './reintegration-plan.entity.js';
import { SustainabilityAssessment } from './sustainability-assessment.entity.js';
import type { SustainabilityScores } from './sustainability-scores.model.js';

const LATEST = '#latest';

/** The visits loader's key for a case's newest visit alone. */
export const latestVisitKey = (caseId: string): string => `${caseId}${LATEST}`;

export interface Budget {
  amountMinor: number;
  currency: string;
}

export interface GoalRow {
  id?: string | null;
  domain: ReintegrationDomain;
  description: string;
  status: GoalStatus;
  targetDate?: string | null;
}

export interface NewVisit {
  visitedOn: string;
  mode: VisitMode;
  domainStatuses: Partial<Record<ReintegrationDomain, DomainStatus>>;
  narrative: string;
  nextVisitOn: string | null;
}

export interface NewAssessment {
  assessedOn: string;
  answers: ReadonlyMap<SustainabilityIndicator, number>;
  scores: SustainabilityScores;
}

/**
 * The follow-up tables (arrival, plan and goals, visits, assessments), read under row-level
 * security in the request's transaction: a partner writes them while its referral gives access,
 * the referring organisation reads them (migration 0003).
 */
@Injectable()
export class FollowUpRepository {
  private readonly arrivals = oneBy(Arrival, 'case_id', 'caseId');

  private readonly plans = oneBy(ReintegrationPlan, 'case_id', 'caseId');

  private readonly goals = manyBy(PlanGoal, 'plan_id', 'planId', 't.position, t.id');

  /**
   * Newest first; the newest carries `overdue` when its next visit date has passed on the partner's
   * calendar (app_is_overdue). A key is a case id (every visit) or `latestVisitKey(id)` (only the
   * newest, the row migration 0009 marks `latest`): the overdue flag and next date of a list of
   * cases need one row per case, and under the partner's row-level security every row read costs a
   * policy check. Both kinds of key asked in one tick share one statement.
   */
  private readonly visits = (context: RequestContext) =>
    new DataLoader<string, FollowUpVisit[]>(async (keys) => {
      const visits = EntityRows.of(context.db, FollowUpVisit);
      const every = new Set(keys.filter((key) => !key.endsWith(LATEST)));
      const latestOnly = keys.filter((key) => key.endsWith(LATEST)).map((key) => key.slice(0, -LATEST.length)).filter((id) => !every.has(id));
      const found = await rows<Record<string, unknown> & { due: boolean | null }>(
        context.db,
        `SELECT ${visits.select('v')}, app_is_overdue(v.next_visit_on, v.partner_organisation_id) AS due
           FROM follow_up_visit v WHERE v.case_id = ANY($1::uuid[]) OR (v.latest AND v.case_id = ANY($2::uuid[]))
          ORDER BY v.visited_on DESC, v.recorded_at DESC, v.id DESC`,
        [[...every], latestOnly],
      );
      const byCase = new Map<string, FollowUpVisit[]>();
      for (const row of found) {
        const visit = visits.hydrate(row, 'v')!;
        const ofCase = byCase.get(visit.caseId) ?? [];
        visit.overdue = ofCase.length === 0 && Boolean(row.due);
        ofCase.push(visit);
        byCase.set(visit.caseId, ofCase);
      }
      return keys.map((key) => (key.endsWith(LATEST) ? (byCase.get(key.slice(0, -LATEST.length)) ?? []).slice(0, 1) : (byCase.get(key) ?? [])));
    });

  private readonly assessments = manyBy(SustainabilityAssessment, 'case_id', 'caseId', 't.assessed_on DESC, t.recorded_at DESC');

  /** The request's loader of arrivals by case id. */
  arrivalByCase(context: RequestContext): DataLoader<string, Arrival | null> {
    return context.loader(this.arrivals);
  }

  planByCase(context: RequestContext): DataLoader<string, ReintegrationPlan | null> {
    return context.loader(this.plans);
  }

  goalsByPlan(context: RequestContext): DataLoader<string, PlanGoal[]> {
    return context.loader(this.goals);
  }

  /** Every visit of a case by its id, or only the newest by `latestVisitKey(id)`. */
  visitsByCase(context: RequestContext): DataLoader<string, FollowUpVisit[]> {
    return context.loader(this.visits);
  }

  assessmentsByCase(context: RequestContext): DataLoader<string, SustainabilityAssessment[]> {
    return context.loader(this.assessments);
  }

  /** Whether the database lets the request's actor write this case's follow-up (app_follow_up_access). */
  async writable(context: RequestContext, followUp: FollowUp): Promise<boolean> {
    const row = await one<{ writable: boolean }>(context.db, 'SELECT app_follow_up_access($1, $2) AS writable', [followUp.caseId, followUp.ownerOrganisationId]);
    return row.writable;
  }

  /** Records (or corrects) the arrival. */
  async saveArrival(context: RequestContext, followUp: FollowUp, arrivedOn: string, notes: string | null, userId: string): Promise<void> {
    await execute(
      context.db,
      `INSERT INTO arrival (case_id, owner_organisation_id, partner_organisation_id, arrived_on, notes, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (case_id) DO UPDATE SET arrived_on = EXCLUDED.arrived_on, notes = EXCLUDED.notes,
         recorded_by_user_id = EXCLUDED.recorded_by_user_id, recorded_at = now()`,
      [followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, arrivedOn, notes, userId],
    );
  }

  /** A new plan's id. */
  async insertPlan(context: RequestContext, followUp: FollowUp, budget: Budget | null, userId: string): Promise<string> {
    const row = await one<{ id: string }>(
      context.db,
      `INSERT INTO reintegration_plan (case_id, owner_organisation_id, partner_organisation_id, budget_amount_minor, budget_currency, updated_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, budget?.amountMinor ?? null, budget?.currency ?? null, userId],
    );
    return row.id;
  }

  /** False when the plan is no longer at `version` (someone saved it meanwhile). */
  async updatePlan(context: RequestContext, planId: string, version: number, budget: Budget | null, userId: string): Promise<boolean> {
    const [, count] = (await context.db.query(
      `UPDATE reintegration_plan SET budget_amount_minor = $3, budget_currency = $4, updated_by_user_id = $5, updated_at = now(), version = version + 1
        WHERE id = $1 AND version = $2`,
      [planId, version, budget?.amountMinor ?? null, budget?.currency ?? null, userId],
    )) as [unknown, number];
    return count === 1;
  }

  /** The plan's goals become these, in this order: kept ones (with an id) updated, others added, the rest deleted. */
  async replaceGoals(context: RequestContext, planId: string, followUp: FollowUp, goals: readonly GoalRow[]): Promise<void> {
    const kept = goals.filter((g) => g.id).map((g) => g.id!);
    await execute(context.db, 'DELETE FROM plan_goal WHERE plan_id = $1 AND NOT (id = ANY($2::uuid[]))', [planId, kept]);
    for (const [position, goal] of goals.entries()) {
      await execute(
        context.db,
        `INSERT INTO plan_goal (id, plan_id, case_id, owner_organisation_id, partner_organisation_id, domain, description, status, target_date, position)
         VALUES (coalesce($1, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET domain = EXCLUDED.domain, description = EXCLUDED.description, status = EXCLUDED.status,
           target_date = EXCLUDED.target_date, position = EXCLUDED.position`,
        [goal.id ?? null, planId, followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, goal.domain, goal.description, goal.status, goal.targetDate ?? null, position],
      );
    }
  }

  /** The new visit's id. */
  async insertVisit(context: RequestContext, followUp: FollowUp, visit: NewVisit, userId: string): Promise<string> {
    const row = await one<{ id: string }>(
      context.db,
      `INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, domain_statuses, narrative, next_visit_on, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, visit.visitedOn, visit.mode, JSON.stringify(visit.domainStatuses), visit.narrative, visit.nextVisitOn, userId],
    );
    return row.id;
  }

  /** The new assessment's id. */
  async insertAssessment(context: RequestContext, followUp: FollowUp, assessment: NewAssessment, userId: string): Promise<string> {
    const { scores } = assessment;
    const row = await one<{ id: string }>(
      context.db,
      `INSERT INTO sustainability_assessment (case_id, owner_organisation_id, partner_organisation_id, assessed_on, answers,
                                              economic, social, psychosocial, overall, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, assessment.assessedOn, JSON.stringify(Object.fromEntries(assessment.answers)),
       scores.economic, scores.social, scores.psychosocial, scores.overall, userId],
    );
    return row.id;
  }
}

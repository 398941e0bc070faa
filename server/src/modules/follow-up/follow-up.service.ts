import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { auditChange, auditRead } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { today } from '../../core/graphql/date.scalar.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { CasesService } from '../cases/cases.service.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { NotificationKind } from '../notifications/notifications.enums.js';
import { nameParam } from '../notifications/notification-params.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { organisationsById } from '../organisations/organisations.repository.js';
import { referralsByCase } from '../referrals/referrals.repository.js';
import type { Arrival } from './arrival.entity.js';
import type { ConfirmArrivalInput } from './dtos/confirm-arrival.input.js';
import type { RecordFollowUpVisitInput } from './dtos/record-follow-up-visit.input.js';
import type { RecordSustainabilityAssessmentInput } from './dtos/record-sustainability-assessment.input.js';
import type { SaveReintegrationPlanInput } from './dtos/save-reintegration-plan.input.js';
import type { SustainabilityIndicator } from './follow-up.enums.js';
import { FollowUp } from './follow-up.model.js';
import { canRecordFollowUp, EARLY_ARRIVAL_DAYS, earlyArrival, followingReferral } from './follow-up.policy.js';
import { FollowUpRepository, latestVisitKey } from './follow-up.repository.js';
import type { FollowUpVisit } from './follow-up-visit.entity.js';
import type { PlanGoal } from './plan-goal.entity.js';
import type { ReintegrationPlan } from './reintegration-plan.entity.js';
import type { SustainabilityAssessment } from './sustainability-assessment.entity.js';
import { computeScores, indicatorDimensions } from './sustainability.js';

/**
 * Reintegration follow-up: written by the partner that accepted the referral (under a FOLLOW_UP
 * agreement, while the referral gives access), read by the referring organisation. The access
 * function is `followUpOf` (who follows the case up, as the viewer may know it) plus
 * `requireWritable`; the same rules are the policies of migration 0003.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly cases: CasesService,
    private readonly repository: FollowUpRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** The follow-up of a case as the viewer may see it, or null when there is none (yet). */
  async followUpOf(context: RequestContext, c: ReferralCase): Promise<FollowUp | null> {
    const actor = requireActor(context);
    const accepted = followingReferral(actor, c, await context.loader(referralsByCase).load(c.id));
    if (!accepted) return null;
    return Object.assign(new FollowUp(), {
      caseId: c.id,
      ownerOrganisationId: c.organisationId,
      partnerOrganisationId: accepted.toOrganisationId,
      responsibleUserId: c.responsibleUserId,
      caseNumber: c.number,
      caseStatus: c.status,
      plannedDeparture: c.plannedDeparture,
    });
  }

  /** The viewerCanWrite field and every write: the policy, then the database's own answer. */
  async canWrite(context: RequestContext, followUp: FollowUp): Promise<boolean> {
    return canRecordFollowUp(requireActor(context), followUp) && (await this.repository.writable(context, followUp));
  }

  /** The case, for a partner caseworker who may write its follow-up; else a clear refusal. */
  private async requireWritable(context: RequestContext, caseId: string): Promise<FollowUp> {
    const c = await this.cases.get(context, caseId);
    const followUp = await this.followUpOf(context, c);
    if (c.organisationId === requireActor(context).organisationId) throw AppError.forbidden('followUp.partnerOnly');
    if (!followUp || !(await this.canWrite(context, followUp))) throw AppError.forbidden('followUp.notAccepted');
    return followUp;
  }

  arrival(context: RequestContext, f: FollowUp): Promise<Arrival | null> {
    return this.read(context, f, this.repository.arrivalByCase(context).load(f.caseId));
  }

  plan(context: RequestContext, f: FollowUp): Promise<ReintegrationPlan | null> {
    return this.read(context, f, this.repository.planByCase(context).load(f.caseId));
  }

  goals(context: RequestContext, planId: string): Promise<PlanGoal[]> {
    return this.repository.goalsByPlan(context).load(planId);
  }

  visits(context: RequestContext, f: FollowUp): Promise<FollowUpVisit[]> {
    return this.read(context, f, this.repository.visitsByCase(context).load(f.caseId));
  }

  /** The newest visit (its next date and whether it is overdue), without reading the others. */
  async latestVisit(context: RequestContext, f: FollowUp): Promise<FollowUpVisit | null> {
    return (await this.read(context, f, this.repository.visitsByCase(context).load(latestVisitKey(f.caseId))))[0] ?? null;
  }

  assessments(context: RequestContext, f: FollowUp): Promise<SustainabilityAssessment[]> {
    return this.read(context, f, this.repository.assessmentsByCase(context).load(f.caseId));
  }

  /** Follow-up is personal data: every read that finds something is audited. */
  private async read<T>(context: RequestContext, f: FollowUp, value: Promise<T>): Promise<T> {
    const result = await value;
    if (result !== null && !(Array.isArray(result) && result.length === 0)) {
      auditRead(context, { entityType: 'case', entityId: f.caseId, subjectOrganisationId: f.ownerOrganisationId }, 'FOLLOW_UP');
    }
    return result;
  }

  /** Every change of a follow-up is audited on its case, for the owning organisation. */
  private audit(context: RequestContext, f: FollowUp, action: string, details: Record<string, unknown>): Promise<void> {
    return auditChange(context, {
      action: `follow_up.${action}`,
      entityType: 'case',
      entityId: f.caseId,
      subjectOrganisationId: f.ownerOrganisationId,
      details: { caseId: f.caseId, ...details },
    });
  }

  async confirmArrival(context: RequestContext, input: ConfirmArrivalInput): Promise<FollowUp> {
    const actor = requireActor(context);
    const followUp = await this.requireWritable(context, input.caseId);
    if (input.arrivedOn > today()) throw AppError.badInput('arrivedOn', 'validation.dateInFuture');
    const early = earlyArrival(followUp, input.arrivedOn);
    if (early && input.confirmEarly !== true) {
      throw new AppError(ErrorCode.CONFIRMATION_REQUIRED, `followUp.arrivalEarly.${early}`, {
        field: 'arrivedOn',
        params: { days: EARLY_ARRIVAL_DAYS },
        details: { reason: early },
      });
    }
    await this.repository.saveArrival(context, followUp, input.arrivedOn, input.notes ?? null, actor.userId);
    const partner = await context.loader(organisationsById).load(followUp.partnerOrganisationId);
    // An early arrival is news the owner must check (the case's status or dates are behind): a notice of its own.
    await this.notifications.notify(context, early ? NotificationKind.ARRIVAL_CONFIRMED_EARLY : NotificationKind.ARRIVAL_CONFIRMED, {
      users: [followUp.responsibleUserId],
      params: { caseNumber: followUp.caseNumber, partner: nameParam(partner), date: input.arrivedOn },
      caseId: followUp.caseId,
    });
    await this.audit(context, followUp, 'arrival', { arrivedOn: input.arrivedOn, ...(early ? { early } : {}) });
    this.repository.arrivalByCase(context).clear(followUp.caseId);
    return followUp;
  }

  async savePlan(context: RequestContext, input: SaveReintegrationPlanInput): Promise<FollowUp> {
    const actor = requireActor(context);
    const followUp = await this.requireWritable(context, input.caseId);
    const existing = await this.repository.planByCase(context).load(followUp.caseId);
    const budget = input.budget ?? null;
    let planId: string;
    if (!existing) {
      if (input.version !== 0) throw AppError.conflict('followUp.planChanged');
      planId = await this.repository.insertPlan(context, followUp, budget, actor.userId);
    } else {
      if (!(await this.repository.updatePlan(context, existing.id, input.version, budget, actor.userId))) throw AppError.conflict('followUp.planChanged');
      planId = existing.id;
    }
    const goals = input.goals;
    const known = new Set(existing ? (await this.repository.goalsByPlan(context).load(existing.id)).map((g) => g.id) : []);
    goals.forEach((goal, index) => {
      if (goal.id && (!isUuid(goal.id) || !known.has(goal.id))) throw AppError.badInput(`goals.${index}.id`, 'followUp.unknownGoal');
      if (goal.targetDate && goal.targetDate < '2000-01-01') throw AppError.badInput(`goals.${index}.targetDate`, 'validation.invalidDate');
    });
    await this.repository.replaceGoals(context, planId, followUp, goals);
    await this.audit(context, followUp, 'plan', { goals: goals.length });
    this.repository.planByCase(context).clear(followUp.caseId);
    this.repository.goalsByPlan(context).clear(planId);
    return followUp;
  }

  async recordVisit(context: RequestContext, input: RecordFollowUpVisitInput): Promise<FollowUpVisit> {
    const actor = requireActor(context);
    const followUp = await this.requireWritable(context, input.caseId);
    if (input.visitedOn > today()) throw AppError.badInput('visitedOn', 'validation.dateInFuture');
    if (input.nextVisitOn && input.nextVisitOn < input.visitedOn) {
      throw AppError.badInput('nextVisitOn', 'validation.dateBefore', { other: input.visitedOn });
    }
    const statuses: Record<string, string> = {};
    for (const entry of input.domainStatuses) {
      if (statuses[entry.domain]) throw AppError.badInput('domainStatuses', 'validation.duplicates');
      statuses[entry.domain] = entry.status;
    }
    const id = await this.repository.insertVisit(
      context,
      followUp,
      { visitedOn: input.visitedOn, mode: input.mode, domainStatuses: statuses, narrative: input.narrative, nextVisitOn: input.nextVisitOn ?? null },
      actor.userId,
    );
    await this.audit(context, followUp, 'visit', { visit: id, visitedOn: input.visitedOn });
    this.repository.visitsByCase(context).clear(latestVisitKey(followUp.caseId));
    return this.reloaded(this.repository.visitsByCase(context), followUp, id);
  }

  async recordAssessment(context: RequestContext, input: RecordSustainabilityAssessmentInput): Promise<SustainabilityAssessment> {
    const actor = requireActor(context);
    const followUp = await this.requireWritable(context, input.caseId);
    if (input.assessedOn > today()) throw AppError.badInput('assessedOn', 'validation.dateInFuture');
    const answers = new Map<SustainabilityIndicator, number>();
    for (const answer of input.answers) {
      if (answers.has(answer.indicator)) throw AppError.badInput('answers', 'validation.duplicates');
      answers.set(answer.indicator, answer.value);
    }
    const missing = (Object.keys(indicatorDimensions) as SustainabilityIndicator[]).filter((indicator) => !answers.has(indicator));
    if (missing.length > 0) throw AppError.badInput('answers', 'followUp.answersMissing', { count: missing.length });
    const scores = computeScores(answers);
    const id = await this.repository.insertAssessment(context, followUp, { assessedOn: input.assessedOn, answers, scores }, actor.userId);
    await this.audit(context, followUp, 'assessment', { assessment: id, overall: scores.overall });
    return this.reloaded(this.repository.assessmentsByCase(context), followUp, id);
  }

  /** A row just written, read back through the case's loader (with what SQL computes, like `overdue`). */
  private async reloaded<T extends { id: string }>(loader: DataLoader<string, T[]>, followUp: FollowUp, id: string): Promise<T> {
    loader.clear(followUp.caseId);
    const found = (await loader.load(followUp.caseId)).find((row) => row.id === id);
    if (!found) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'codes.INTERNAL_SERVER_ERROR');
    return found;
  }
}

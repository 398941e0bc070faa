import { Injectable } from '@nestjs/common';
import { auditChange, auditRead } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { today } from '../../core/graphql/date.scalar.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { hasRole } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { CasesService } from '../cases/cases.service.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { NotificationKind } from '../notifications/notification.model.js';
import { notify } from '../notifications/notify.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import { ReferralStatus } from '../referrals/referral.entity.js';
import { referralsByCaseLoader } from '../referrals/referrals.service.js';
import { Role } from '../users/role.enum.js';
import type { ConfirmArrivalInput, RecordFollowUpVisitInput, RecordSustainabilityAssessmentInput, SaveReintegrationPlanInput } from './dtos.js';
import { FollowUp, FollowUpVisit, SustainabilityAssessment } from './follow-up.entities.js';
import { arrivalLoader, assessmentsLoader, goalsLoader, planLoader, visitsLoader } from './follow-up.loaders.js';
import { computeScores, indicatorDimensions, type SustainabilityIndicator } from './sustainability.js';

/**
 * Reintegration follow-up: written by the partner that accepted the referral (under a FOLLOW_UP
 * agreement, while the referral gives access), read by the referring organisation. The access
 * function is `followUpOf` (who follows the case up, as the viewer may know it) plus
 * `requireWritable`; the same rules are the policies of migration 0003.
 */
@Injectable()
export class FollowUpService {
  constructor(private readonly cases: CasesService) {}

  /** The follow-up of a case as the viewer may see it, or null when there is none (yet). */
  async followUpOf(context: RequestContext, c: ReferralCase): Promise<FollowUp | null> {
    const actor = context.actor;
    const referrals = await context.loader(referralsByCaseLoader).load(c.id);
    const owner = c.organisationId === actor.organisationId;
    const accepted = referrals
      .filter((r) => r.respondedAt && [ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, ReferralStatus.REVOKED].includes(r.storedStatus))
      .filter((r) => owner || (r.toOrganisationId === actor.organisationId && r.storedStatus === ReferralStatus.ACCEPTED))
      .sort((a, b) => b.respondedAt!.getTime() - a.respondedAt!.getTime())[0];
    if (!accepted) return null;
    return Object.assign(new FollowUp(), {
      caseId: c.id,
      ownerOrganisationId: c.organisationId,
      partnerOrganisationId: accepted.toOrganisationId,
      responsibleUserId: c.responsibleUserId,
      caseNumber: c.number,
    });
  }

  async canWrite(context: RequestContext, followUp: FollowUp): Promise<boolean> {
    const actor = context.actor;
    if (followUp.partnerOrganisationId !== actor.organisationId || !hasRole(actor, Role.PARTNER_CASEWORKER)) return false;
    const [{ writable }] = (await context.db.query('SELECT app_follow_up_access($1, $2) AS writable', [
      followUp.caseId,
      followUp.ownerOrganisationId,
    ])) as Array<{ writable: boolean }>;
    return writable;
  }

  /** The case, for a partner caseworker who may write its follow-up; else a clear refusal. */
  private async requireWritable(context: RequestContext, caseId: string): Promise<FollowUp> {
    const c = await this.cases.get(context, caseId);
    const followUp = await this.followUpOf(context, c);
    if (c.organisationId === context.actor.organisationId) throw AppError.forbidden('followUp.partnerOnly');
    if (!followUp || !(await this.canWrite(context, followUp))) throw AppError.forbidden('followUp.notAccepted');
    return followUp;
  }

  arrival(context: RequestContext, f: FollowUp) {
    return this.read(context, f, context.loader(arrivalLoader).load(f.caseId));
  }

  plan(context: RequestContext, f: FollowUp) {
    return this.read(context, f, context.loader(planLoader).load(f.caseId));
  }

  goals(context: RequestContext, planId: string) {
    return context.loader(goalsLoader).load(planId);
  }

  visits(context: RequestContext, f: FollowUp) {
    return this.read(context, f, context.loader(visitsLoader).load(f.caseId));
  }

  assessments(context: RequestContext, f: FollowUp) {
    return this.read(context, f, context.loader(assessmentsLoader).load(f.caseId));
  }

  /** Follow-up is personal data: every read that finds something is audited. */
  private async read<T>(context: RequestContext, f: FollowUp, value: Promise<T>): Promise<T> {
    const result = await value;
    if (result !== null && !(Array.isArray(result) && result.length === 0)) {
      auditRead(context, { entityType: 'case', entityId: f.caseId, subjectOrganisationId: f.ownerOrganisationId }, 'FOLLOW_UP');
    }
    return result;
  }

  async confirmArrival(context: RequestContext, input: ConfirmArrivalInput): Promise<FollowUp> {
    const actor = context.actor;
    const followUp = await this.requireWritable(context, input.caseId);
    if (input.arrivedOn > today()) throw AppError.badInput('arrivedOn', 'validation.dateInFuture');
    await context.db.query(
      `INSERT INTO arrival (case_id, owner_organisation_id, partner_organisation_id, arrived_on, notes, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (case_id) DO UPDATE SET arrived_on = EXCLUDED.arrived_on, notes = EXCLUDED.notes,
         recorded_by_user_id = EXCLUDED.recorded_by_user_id, recorded_at = now()`,
      [followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, input.arrivedOn, input.notes ?? null, actor.userId],
    );
    const partner = await context.loader(organisationLoader).load(followUp.partnerOrganisationId);
    await notify(context, NotificationKind.ARRIVAL_CONFIRMED, {
      users: [followUp.responsibleUserId],
      params: { caseNumber: followUp.caseNumber, partner: partner?.name ?? '', date: input.arrivedOn },
      caseId: followUp.caseId,
    });
    await auditChange(context, {
      action: 'follow_up.arrival',
      entityType: 'case',
      entityId: followUp.caseId,
      subjectOrganisationId: followUp.ownerOrganisationId,
      details: { caseId: followUp.caseId, arrivedOn: input.arrivedOn },
    });
    context.loader(arrivalLoader).clear(followUp.caseId);
    return followUp;
  }

  async savePlan(context: RequestContext, input: SaveReintegrationPlanInput): Promise<FollowUp> {
    const actor = context.actor;
    const followUp = await this.requireWritable(context, input.caseId);
    const existing = await context.loader(planLoader).load(followUp.caseId);
    let planId: string;
    if (!existing) {
      if (input.version !== 0) throw AppError.conflict('followUp.planChanged');
      const [row] = (await context.db.query(
        `INSERT INTO reintegration_plan (case_id, owner_organisation_id, partner_organisation_id, budget_amount_minor, budget_currency, updated_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, input.budget?.amountMinor ?? null, input.budget?.currency ?? null, actor.userId],
      )) as Array<{ id: string }>;
      planId = row!.id;
    } else {
      const [, count] = (await context.db.query(
        `UPDATE reintegration_plan SET budget_amount_minor = $3, budget_currency = $4, updated_by_user_id = $5, updated_at = now(), version = version + 1
          WHERE id = $1 AND version = $2`,
        [existing.id, input.version, input.budget?.amountMinor ?? null, input.budget?.currency ?? null, actor.userId],
      )) as [unknown, number];
      if (count !== 1) throw AppError.conflict('followUp.planChanged');
      planId = existing.id;
    }
    const goals = input.goals;
    const known = new Set(existing ? (await context.loader(goalsLoader).load(existing.id)).map((g) => g.id) : []);
    goals.forEach((goal, index) => {
      if (goal.id && (!isUuid(goal.id) || !known.has(goal.id))) throw AppError.badInput(`goals.${index}.id`, 'followUp.unknownGoal');
      if (goal.targetDate && goal.targetDate < '2000-01-01') throw AppError.badInput(`goals.${index}.targetDate`, 'validation.invalidDate');
    });
    const kept = goals.filter((g) => g.id).map((g) => g.id!);
    await context.db.query('DELETE FROM plan_goal WHERE plan_id = $1 AND NOT (id = ANY($2::uuid[]))', [planId, kept]);
    for (const [position, goal] of goals.entries()) {
      await context.db.query(
        `INSERT INTO plan_goal (id, plan_id, case_id, owner_organisation_id, partner_organisation_id, domain, description, status, target_date, position)
         VALUES (coalesce($1, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET domain = EXCLUDED.domain, description = EXCLUDED.description, status = EXCLUDED.status,
           target_date = EXCLUDED.target_date, position = EXCLUDED.position`,
        [goal.id ?? null, planId, followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, goal.domain, goal.description, goal.status, goal.targetDate ?? null, position],
      );
    }
    await auditChange(context, {
      action: 'follow_up.plan',
      entityType: 'case',
      entityId: followUp.caseId,
      subjectOrganisationId: followUp.ownerOrganisationId,
      details: { caseId: followUp.caseId, goals: goals.length },
    });
    context.loader(planLoader).clear(followUp.caseId);
    context.loader(goalsLoader).clear(planId);
    return followUp;
  }

  async recordVisit(context: RequestContext, input: RecordFollowUpVisitInput): Promise<FollowUpVisit> {
    const actor = context.actor;
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
    const [row] = (await context.db.query(
      `INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, domain_statuses, narrative, next_visit_on, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, input.visitedOn, input.mode, JSON.stringify(statuses), input.narrative, input.nextVisitOn ?? null, actor.userId],
    )) as Array<{ id: string }>;
    await auditChange(context, {
      action: 'follow_up.visit',
      entityType: 'case',
      entityId: followUp.caseId,
      subjectOrganisationId: followUp.ownerOrganisationId,
      details: { caseId: followUp.caseId, visit: row!.id, visitedOn: input.visitedOn },
    });
    context.loader(visitsLoader).clear(followUp.caseId);
    const visits = await context.loader(visitsLoader).load(followUp.caseId);
    const visit = visits.find((v) => v.id === row!.id);
    if (!visit) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'codes.INTERNAL_SERVER_ERROR');
    return visit;
  }

  async recordAssessment(context: RequestContext, input: RecordSustainabilityAssessmentInput): Promise<SustainabilityAssessment> {
    const actor = context.actor;
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
    const [row] = (await context.db.query(
      `INSERT INTO sustainability_assessment (case_id, owner_organisation_id, partner_organisation_id, assessed_on, answers,
                                              economic, social, psychosocial, overall, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [followUp.caseId, followUp.ownerOrganisationId, followUp.partnerOrganisationId, input.assessedOn, JSON.stringify(Object.fromEntries(answers)),
       scores.economic, scores.social, scores.psychosocial, scores.overall, actor.userId],
    )) as Array<{ id: string }>;
    await auditChange(context, {
      action: 'follow_up.assessment',
      entityType: 'case',
      entityId: followUp.caseId,
      subjectOrganisationId: followUp.ownerOrganisationId,
      details: { caseId: followUp.caseId, assessment: row!.id, overall: scores.overall },
    });
    context.loader(assessmentsLoader).clear(followUp.caseId);
    const assessment = (await context.loader(assessmentsLoader).load(followUp.caseId)).find((a) => a.id === row!.id);
    if (!assessment) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'codes.INTERNAL_SERVER_ERROR');
    return assessment;
  }
}

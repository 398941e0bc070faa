import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Arrival, FollowUpVisit, PlanGoal, ReintegrationPlan, SustainabilityAssessment } from './follow-up.entities.js';

export const arrivalLoader = (context: RequestContext) =>
  new DataLoader<string, Arrival | null>(async (caseIds) => {
    const rows = await context.db.getRepository(Arrival).findBy({ caseId: In([...caseIds]) });
    return caseIds.map((id) => rows.find((row) => row.caseId === id) ?? null);
  });

export const planLoader = (context: RequestContext) =>
  new DataLoader<string, ReintegrationPlan | null>(async (caseIds) => {
    const rows = await context.db.getRepository(ReintegrationPlan).findBy({ caseId: In([...caseIds]) });
    return caseIds.map((id) => rows.find((row) => row.caseId === id) ?? null);
  });

export const goalsLoader = (context: RequestContext) =>
  new DataLoader<string, PlanGoal[]>(async (planIds) => {
    const rows = await context.db.getRepository(PlanGoal).find({ where: { planId: In([...planIds]) }, order: { position: 'ASC', id: 'ASC' } });
    return planIds.map((id) => rows.filter((row) => row.planId === id));
  });

/** Newest first; the newest carries `overdue` when its next visit date has passed. */
export const visitsLoader = (context: RequestContext) =>
  new DataLoader<string, FollowUpVisit[]>(async (caseIds) => {
    const rows = (await context.db
      .getRepository(FollowUpVisit)
      .createQueryBuilder('v')
      .addSelect('(v.next_visit_on < current_date)', 'v_due')
      .where('v.case_id = ANY(:caseIds)', { caseIds: [...caseIds] })
      .orderBy('v.visited_on', 'DESC')
      .addOrderBy('v.recorded_at', 'DESC')
      .getRawAndEntities()) as { entities: FollowUpVisit[]; raw: Array<{ v_id: string; v_due: boolean | null }> };
    const due = new Map(rows.raw.map((row) => [row.v_id, Boolean(row.v_due)]));
    return caseIds.map((id) => {
      const visits = rows.entities.filter((row) => row.caseId === id);
      visits.forEach((visit, index) => (visit.overdue = index === 0 && (due.get(visit.id) ?? false)));
      return visits;
    });
  });

export const assessmentsLoader = (context: RequestContext) =>
  new DataLoader<string, SustainabilityAssessment[]>(async (caseIds) => {
    const rows = await context.db
      .getRepository(SustainabilityAssessment)
      .find({ where: { caseId: In([...caseIds]) }, order: { assessedOn: 'DESC', recordedAt: 'DESC' } });
    return caseIds.map((id) => rows.filter((row) => row.caseId === id));
  });

export const followUpLoaders = [arrivalLoader, planLoader, visitsLoader, assessmentsLoader];

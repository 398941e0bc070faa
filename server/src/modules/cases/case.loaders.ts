import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { CaseStatusChange } from './case-status-change.entity.js';
import { ReferralCase } from './referral-case.entity.js';
import { CaseNeeds, HouseholdMember, Returnee, ReturneeContact, ReturneeHealth } from './returnee.entity.js';

/** Rows of a section table by case id: one query per batch, whatever the page size. */
function oneByCase<T extends ObjectLiteral & { caseId: string }>(entity: EntityTarget<T>) {
  return (context: RequestContext) =>
    new DataLoader<string, T | null>(async (caseIds) => {
      const rows = await context.db.getRepository(entity).findBy({ caseId: In([...caseIds]) } as never);
      const byCase = new Map(rows.map((row) => [row.caseId, row]));
      return caseIds.map((id) => byCase.get(id) ?? null);
    });
}

function manyByCase<T extends ObjectLiteral & { caseId: string }>(entity: EntityTarget<T>, order: Record<string, 'ASC' | 'DESC'>) {
  return (context: RequestContext) =>
    new DataLoader<string, T[]>(async (caseIds) => {
      const rows = await context.db.getRepository(entity).find({ where: { caseId: In([...caseIds]) } as never, order: order as never });
      return caseIds.map((id) => rows.filter((row) => row.caseId === id));
    });
}

export const caseLoader = (context: RequestContext) =>
  new DataLoader<string, ReferralCase | null>(async (ids) => {
    const rows = await context.db.getRepository(ReferralCase).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

export const returneeLoader = oneByCase(Returnee);
export const contactLoader = oneByCase(ReturneeContact);
export const needsLoader = oneByCase(CaseNeeds);
export const healthLoader = oneByCase(ReturneeHealth);
export const householdLoader = manyByCase(HouseholdMember, { position: 'ASC', id: 'ASC' });
export const statusHistoryLoader = manyByCase(CaseStatusChange, { changedAt: 'ASC', id: 'ASC' });

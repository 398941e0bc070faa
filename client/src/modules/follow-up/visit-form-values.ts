import type { DomainStatus, RecordFollowUpVisitInput, ReintegrationDomain, VisitMode } from '../../gql/graphql';
import { isCalendarDate } from '../../components/calendar-date';
import { reintegrationDomains } from './follow-up-options';

export interface VisitFormValues {
  visitedOn: string;
  mode: VisitMode;
  statuses: Record<ReintegrationDomain, DomainStatus>;
  narrative: string;
  /** "" for none planned. */
  nextVisitOn: string;
}

export function emptyVisit(today: string): VisitFormValues {
  return {
    visitedOn: today,
    mode: 'HOME_VISIT',
    statuses: Object.fromEntries(reintegrationDomains.map((domain) => [domain, 'NOT_ASSESSED'])) as Record<ReintegrationDomain, DomainStatus>,
    narrative: '',
    nextVisitOn: '',
  };
}

export type VisitValidation = 'required' | 'date' | 'nextBeforeVisit';

export function validateVisit(values: VisitFormValues): Partial<Record<'visitedOn' | 'narrative' | 'nextVisitOn', VisitValidation>> {
  const problems: Partial<Record<'visitedOn' | 'narrative' | 'nextVisitOn', VisitValidation>> = {};
  if (!isCalendarDate(values.visitedOn)) problems.visitedOn = 'date';
  if (values.narrative.trim() === '') problems.narrative = 'required';
  if (values.nextVisitOn !== '') {
    if (!isCalendarDate(values.nextVisitOn)) problems.nextVisitOn = 'date';
    else if (isCalendarDate(values.visitedOn) && values.nextVisitOn < values.visitedOn) problems.nextVisitOn = 'nextBeforeVisit';
  }
  return problems;
}

/** What recordFollowUpVisit is sent: every domain's status, in the order of the domains. */
export function visitInput(caseId: string, values: VisitFormValues): RecordFollowUpVisitInput {
  return {
    caseId,
    visitedOn: values.visitedOn,
    mode: values.mode,
    domainStatuses: reintegrationDomains.map((domain) => ({ domain, status: values.statuses[domain] })),
    narrative: values.narrative.trim(),
    nextVisitOn: values.nextVisitOn === '' ? null : values.nextVisitOn,
  };
}

import { CaseStatus, ClosureReason } from './cases.enums.js';

/**
 * The life of a case: INTAKE → PREPARING_RETURN → RETURNED → IN_REINTEGRATION → CLOSED, and
 * CLOSED from any open status with a reason that fits where the case stands.
 */
const forward: Record<CaseStatus, CaseStatus | undefined> = {
  [CaseStatus.INTAKE]: CaseStatus.PREPARING_RETURN,
  [CaseStatus.PREPARING_RETURN]: CaseStatus.RETURNED,
  [CaseStatus.RETURNED]: CaseStatus.IN_REINTEGRATION,
  [CaseStatus.IN_REINTEGRATION]: undefined,
  [CaseStatus.CLOSED]: undefined,
};

const closureReasons: Record<CaseStatus, ClosureReason[]> = {
  [CaseStatus.INTAKE]: [ClosureReason.WITHDREW, ClosureReason.DID_NOT_DEPART, ClosureReason.CONTACT_LOST],
  [CaseStatus.PREPARING_RETURN]: [ClosureReason.WITHDREW, ClosureReason.DID_NOT_DEPART, ClosureReason.CONTACT_LOST],
  [CaseStatus.RETURNED]: [ClosureReason.WITHDREW, ClosureReason.CONTACT_LOST],
  [CaseStatus.IN_REINTEGRATION]: [ClosureReason.COMPLETED, ClosureReason.WITHDREW, ClosureReason.CONTACT_LOST],
  [CaseStatus.CLOSED]: [],
};

export interface Transition {
  to: CaseStatus;
  closureReasons: ClosureReason[];
}

export function allowedTransitions(from: CaseStatus): Transition[] {
  const transitions: Transition[] = [];
  const next = forward[from];
  if (next) transitions.push({ to: next, closureReasons: [] });
  if (closureReasons[from].length > 0) transitions.push({ to: CaseStatus.CLOSED, closureReasons: [...closureReasons[from]] });
  return transitions;
}

export function isAllowedTransition(from: CaseStatus, to: CaseStatus, reason?: ClosureReason | null): boolean {
  if (to === CaseStatus.CLOSED) return Boolean(reason) && closureReasons[from].includes(reason!);
  return forward[from] === to && !reason;
}

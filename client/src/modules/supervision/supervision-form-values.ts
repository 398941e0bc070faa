import { isCalendarDate } from '../../components/calendar-date';
import type { CreateSupervisionSessionInput, SupervisionMode } from '../../gql/graphql';

export const supervisionModes: readonly SupervisionMode[] = ['IN_PERSON', 'VIDEO', 'PHONE'];

export interface ActionRow {
  /** Stable across edits, for React and for error paths; not sent. */
  key: string;
  description: string;
  ownerId: string | null;
  dueOn: string;
}

/** Everything the session form holds, as typed, until it becomes an input. */
export interface SupervisionFormValues {
  partnerId: string | null;
  heldOn: string;
  mode: SupervisionMode;
  topics: string[];
  notes: string;
  participantIds: string[];
  caseIds: string[];
  actions: ActionRow[];
}

/** Errors by field path: "heldOn", "participantIds", "actions.1.ownerId". */
export type SupervisionFormErrors = Record<string, string>;

/** Reasons a value is refused before it is sent, as keys under `form.validation`. */
export type SupervisionValidation = 'required' | 'invalidDate' | 'participants';

let rowCounter = 0;
export function newActionRow(): ActionRow {
  rowCounter += 1;
  return { key: `action-${rowCounter}`, description: '', ownerId: null, dueOn: '' };
}

export function emptySupervisionForm(today: string, viewerId: string): SupervisionFormValues {
  return { partnerId: null, heldOn: today, mode: 'VIDEO', topics: [], notes: '', participantIds: [viewerId], caseIds: [], actions: [] };
}

export function validateSupervisionForm(values: SupervisionFormValues): Record<string, SupervisionValidation> {
  const errors: Record<string, SupervisionValidation> = {};
  if (!values.partnerId) errors.partnerId = 'required';
  if (!values.heldOn) errors.heldOn = 'required';
  else if (!isCalendarDate(values.heldOn)) errors.heldOn = 'invalidDate';
  if (values.participantIds.length === 0) errors.participantIds = 'participants';
  values.actions.forEach((row, index) => {
    if (!row.description.trim()) errors[`actions.${index}.description`] = 'required';
    if (!row.ownerId) errors[`actions.${index}.ownerId`] = 'required';
    if (row.dueOn && !isCalendarDate(row.dueOn)) errors[`actions.${index}.dueOn`] = 'invalidDate';
  });
  return errors;
}

/** The exact input the server receives: trimmed text, no empty topics, no unset dates. */
export function createSupervisionInput(values: SupervisionFormValues): CreateSupervisionSessionInput {
  return {
    partnerId: values.partnerId ?? '',
    heldOn: values.heldOn,
    mode: values.mode,
    topics: [...new Set(values.topics.map((topic) => topic.trim()).filter(Boolean))],
    notes: values.notes.trim(),
    participantIds: values.participantIds,
    caseIds: values.caseIds,
    actions: values.actions.map((row) => ({ description: row.description.trim(), ownerId: row.ownerId ?? '', dueOn: row.dueOn || null })),
  };
}

/**
 * Where on the session form a path inside the input belongs: "actions.0.ownerId" stays, an item of
 * a list of plain values is the list's ("caseIds.2" → "caseIds"); the input as a whole is no field.
 */
export function supervisionFormPath(path: string): string | null {
  if (path === 'input') return null;
  return /^(caseIds|participantIds|topics)\.\d+$/.test(path) ? path.replace(/\.\d+$/, '') : path;
}

import { isCalendarDate } from '../../components/calendar-date';
import type { OutreachDetailsFragment, OutreachKind, OutreachTopic, RecordOutreachActivityInput, UpdateOutreachActivityInput } from '../../gql/graphql';

/** A directory entry chosen on the form, with what it brings along (its countries and languages). */
export interface ChosenContact {
  id: string;
  name: string;
}

/** Everything the activity form holds, as typed, until it becomes an input. */
export interface OutreachFormValues {
  kind: OutreachKind;
  title: string;
  heldOn: string;
  durationMinutes: string;
  contacts: ChosenContact[];
  personIds: string[];
  focusCountries: string[];
  languages: string[];
  topics: OutreachTopic[];
  participantsWomen: string;
  participantsMen: string;
  participantsUnder18: string;
  heldByIds: string[];
  notes: string;
  followUpOn: boolean;
  followUp: { description: string; dueOn: string; ownerId: string | null };
}

/** Errors by field path: "heldOn", "participantsMen", "followUp.ownerId". */
export type OutreachFormErrors = Record<string, string>;

/** Reasons a value is refused before it is sent, as keys under `form.validation`. */
export type OutreachValidation = 'required' | 'invalidDate' | 'wholeNumber' | 'moreYoungThanAll';

/** Today, the viewer as the one who held it, an information meeting: what most records are. */
export function emptyOutreachForm(today: string, viewerId: string): OutreachFormValues {
  return {
    kind: 'INFORMATION_MEETING',
    title: '',
    heldOn: today,
    durationMinutes: '',
    contacts: [],
    personIds: [],
    focusCountries: [],
    languages: [],
    topics: ['RETURN_SUPPORT'],
    participantsWomen: '',
    participantsMen: '',
    participantsUnder18: '',
    heldByIds: [viewerId],
    notes: '',
    followUpOn: false,
    followUp: { description: '', dueOn: '', ownerId: viewerId },
  };
}

const countText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The form for changing a recorded activity: what it holds now. */
export function outreachFormOf(activity: OutreachDetailsFragment, viewerId: string): OutreachFormValues {
  const task = activity.followUpTask;
  return {
    kind: activity.kind,
    title: activity.title,
    heldOn: String(activity.heldOn),
    durationMinutes: countText(activity.durationMinutes),
    contacts: activity.contacts.map(({ id, name }) => ({ id, name })),
    personIds: activity.people.map((person) => person.id),
    focusCountries: [...activity.focusCountries],
    languages: [...activity.languages],
    topics: [...activity.topics],
    participantsWomen: countText(activity.participantsWomen),
    participantsMen: countText(activity.participantsMen),
    participantsUnder18: countText(activity.participantsUnder18),
    heldByIds: activity.heldBy.map((person) => person.id),
    notes: activity.notes ?? '',
    followUpOn: Boolean(task),
    followUp: task ? { description: task.description, dueOn: String(task.dueOn), ownerId: task.owner.id } : { description: '', dueOn: '', ownerId: viewerId },
  };
}

const wholeNumber = /^\d{1,6}$/;
const countFields = ['participantsWomen', 'participantsMen', 'participantsUnder18', 'durationMinutes'] as const;

export function validateOutreachForm(values: OutreachFormValues): Record<string, OutreachValidation> {
  const errors: Record<string, OutreachValidation> = {};
  if (!values.heldOn) errors.heldOn = 'required';
  else if (!isCalendarDate(values.heldOn)) errors.heldOn = 'invalidDate';
  for (const field of countFields) {
    if (values[field].trim() !== '' && !wholeNumber.test(values[field].trim())) errors[field] = 'wholeNumber';
  }
  const women = values.participantsWomen.trim();
  const men = values.participantsMen.trim();
  const young = values.participantsUnder18.trim();
  if (!errors.participantsUnder18 && young !== '' && (women !== '' || men !== '') && Number(young) > Number(women || 0) + Number(men || 0)) {
    errors.participantsUnder18 = 'moreYoungThanAll';
  }
  if (values.followUpOn) {
    if (!values.followUp.description.trim()) errors['followUp.description'] = 'required';
    if (!values.followUp.dueOn) errors['followUp.dueOn'] = 'required';
    else if (!isCalendarDate(values.followUp.dueOn)) errors['followUp.dueOn'] = 'invalidDate';
    if (!values.followUp.ownerId) errors['followUp.ownerId'] = 'required';
  }
  return errors;
}

const count = (value: string) => (value.trim() === '' ? null : Number(value.trim()));

/**
 * The exact input the server receives. `defaultTitle` names the activity when no title was typed
 * ("Information meeting · Föreningen Dijla"), so that a record on a phone needs no typing at all.
 */
export function outreachInput(values: OutreachFormValues, defaultTitle: string): RecordOutreachActivityInput {
  const contactIds = values.contacts.map((contact) => contact.id);
  return {
    kind: values.kind,
    title: values.title.trim() || defaultTitle,
    heldOn: values.heldOn,
    durationMinutes: count(values.durationMinutes),
    contactOrganisationIds: contactIds,
    contactPersonIds: values.personIds,
    focusCountries: values.focusCountries,
    languages: values.languages,
    topics: values.topics,
    participantsWomen: count(values.participantsWomen),
    participantsMen: count(values.participantsMen),
    participantsUnder18: count(values.participantsUnder18),
    heldByIds: values.heldByIds,
    notes: values.notes.trim() || null,
    followUp:
      values.followUpOn && values.followUp.ownerId
        ? { description: values.followUp.description.trim(), dueOn: values.followUp.dueOn, ownerId: values.followUp.ownerId }
        : null,
  };
}

export function updateOutreachInput(values: OutreachFormValues, defaultTitle: string, id: string, version: number): UpdateOutreachActivityInput {
  return { ...outreachInput(values, defaultTitle), id, version };
}

/**
 * Where on the form a path inside the input belongs: an item of a list is the list's
 * ("focusCountries.2" → "focusCountries"), the contacts' ids are the contacts picker; the input
 * as a whole is no field.
 */
export function outreachFormPath(path: string): string | null {
  if (path === 'input' || path === 'id' || path === 'version') return null;
  const list = path.replace(/\.\d+$/, '');
  if (list === 'contactOrganisationIds') return 'contacts';
  if (list === 'contactPersonIds') return 'personIds';
  return list;
}

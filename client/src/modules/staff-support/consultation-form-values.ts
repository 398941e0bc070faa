import type { ConsultationChannel, ConsultationDetailsFragment, OutreachTopic, RecordStaffConsultationInput } from '../../gql/graphql';
import { hasParticipants } from './consultation-options';

/** The form as typed: text, with '' for nothing chosen. */
export interface ConsultationFormValues {
  heldOn: string;
  departmentContactId: string | null;
  department: string;
  district: string;
  channel: ConsultationChannel | '';
  topic: OutreachTopic | '';
  country: string | null;
  question: string;
  advice: string;
  minutesSpent: string;
  participants: string;
  withFollowUp: boolean;
  followUp: { description: string; dueOn: string; ownerId: string | null };
}

export type ConsultationFormReason = 'required' | 'department' | 'wholeNumber';

export function emptyConsultationForm(today: string, ownerId: string): ConsultationFormValues {
  return {
    heldOn: today,
    departmentContactId: null,
    department: '',
    district: '',
    channel: '',
    topic: '',
    country: null,
    question: '',
    advice: '',
    minutesSpent: '',
    participants: '',
    withFollowUp: false,
    followUp: { description: '', dueOn: '', ownerId },
  };
}

/** A recorded consultation in the form, to edit it. */
export function consultationFormOf(consultation: ConsultationDetailsFragment, ownerId: string): ConsultationFormValues {
  const task = consultation.followUpTask;
  return {
    heldOn: String(consultation.heldOn),
    departmentContactId: consultation.departmentContact?.id ?? null,
    department: consultation.department ?? '',
    district: consultation.district ?? '',
    channel: consultation.channel,
    topic: consultation.topic,
    country: consultation.country ?? null,
    question: consultation.question,
    advice: consultation.advice ?? '',
    minutesSpent: consultation.minutesSpent == null ? '' : String(consultation.minutesSpent),
    participants: consultation.participants == null ? '' : String(consultation.participants),
    withFollowUp: task != null,
    followUp: task ? { description: task.description, dueOn: String(task.dueOn), ownerId: task.owner.id } : { description: '', dueOn: '', ownerId },
  };
}

const wholeNumber = /^\s*\d+\s*$/;

/** What the form checks before sending, by field path; the server checks the rest (lengths, dates, the owner). */
export function validateConsultationForm(values: ConsultationFormValues): Record<string, ConsultationFormReason> {
  const found: Record<string, ConsultationFormReason> = {};
  if (!values.heldOn) found.heldOn = 'required';
  if (!values.departmentContactId && !values.department.trim()) found.departmentContactId = 'department';
  if (!values.channel) found.channel = 'required';
  if (!values.topic) found.topic = 'required';
  if (!values.question.trim()) found.question = 'required';
  if (values.minutesSpent.trim() && (!wholeNumber.test(values.minutesSpent) || Number(values.minutesSpent) < 1)) found.minutesSpent = 'wholeNumber';
  if (hasParticipants(values.channel) && values.participants.trim() && (!wholeNumber.test(values.participants) || Number(values.participants) < 1)) {
    found.participants = 'wholeNumber';
  }
  if (values.withFollowUp) {
    if (!values.followUp.description.trim()) found['followUp.description'] = 'required';
    if (!values.followUp.dueOn) found['followUp.dueOn'] = 'required';
    if (!values.followUp.ownerId) found['followUp.ownerId'] = 'required';
  }
  return found;
}

const textOrNull = (value: string) => (value.trim() ? value.trim() : null);
const numberOrNull = (value: string) => (value.trim() ? Number(value) : null);

/** The input of record and update alike (update adds id and version). Assumes a valid form. */
export function consultationInput(values: ConsultationFormValues): RecordStaffConsultationInput {
  return {
    heldOn: values.heldOn,
    departmentContactId: values.departmentContactId,
    // The directory entry names the department; a typed name counts only without one.
    department: values.departmentContactId ? null : textOrNull(values.department),
    district: textOrNull(values.district),
    channel: values.channel as ConsultationChannel,
    topic: values.topic as OutreachTopic,
    country: values.country,
    question: values.question.trim(),
    advice: textOrNull(values.advice),
    minutesSpent: numberOrNull(values.minutesSpent),
    participants: hasParticipants(values.channel) ? numberOrNull(values.participants) : null,
    followUp:
      values.withFollowUp && values.followUp.ownerId
        ? { description: values.followUp.description.trim(), dueOn: values.followUp.dueOn, ownerId: values.followUp.ownerId }
        : null,
  };
}

/** The server names fields inside the input ("followUp.ownerId"); the form shows them at the same paths. */
export const consultationFormPath = (path: string): string => path;

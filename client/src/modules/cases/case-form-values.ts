import type { DocumentLanguage as DocumentLanguageCode } from '@cirkel/i18n';
import { calendarDate, isCalendarDate } from '../../components/calendar-date';
import { fromMinorUnits, toMinorUnits } from '../../components/money';
import type {
  CaseDetailsFragment,
  CaseSourceInput,
  CaseSourceKind,
  ConsentSection,
  CreateCaseInput,
  DocumentLanguage,
  HouseholdMemberInput,
  HouseholdRelation,
  Sex,
  UpdateCaseInput,
} from '../../gql/graphql';

export const sexes: readonly Sex[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];
export const householdRelations: readonly HouseholdRelation[] = ['SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDPARENT', 'OTHER'];

export interface HouseholdRow {
  /** Stable across edits, for React and for error paths; not sent. */
  key: string;
  /** The member's id once saved; kept so that an edit keeps the member. */
  id?: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: Sex | '';
  relation: HouseholdRelation | '';
  identityNumber: string;
  travels: boolean;
}

export const caseSourceKinds: readonly CaseSourceKind[] = ['ASSOCIATION', 'OUTREACH_ACTIVITY', 'CITY_DEPARTMENT', 'AUTHORITY', 'OWN_INITIATIVE', 'OTHER'];

export interface SourceLabel {
  text: string;
  day?: string;
}

/** How the returnee came to the office, as chosen on the form ('' as the kind: not recorded). */
export interface SourceValues {
  kind: CaseSourceKind | '';
  contactOrganisationId: string | null;
  outreachActivityId: string | null;
  staffConsultationId: string | null;
  /** What is chosen, by id (its name, and the day of an activity or consultation), for the pickers until their lists load; not sent. */
  labels: Record<string, SourceLabel>;
}

export const noSource: SourceValues = { kind: '', contactOrganisationId: null, outreachActivityId: null, staffConsultationId: null, labels: {} };

/** Everything the case form holds, as typed (strings), until it is turned into an input. */
export interface CaseFormValues {
  returnee: {
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    sex: Sex | '';
    citizenship: string | null;
    languages: string[];
    identityNumber: string;
    documentLanguage: DocumentLanguageCode;
  };
  contact: { phone: string; email: string; addressInSweden: string; notes: string };
  household: HouseholdRow[];
  needs: string;
  health: { information: string; vulnerabilities: string[] };
  destinationCountry: string | null;
  destinationPlace: string;
  plannedDeparture: string;
  actualDeparture: string;
  support: { amount: string; currency: string };
  responsibleCaseworkerId: string | null;
  source: SourceValues;
}

/** Form errors by field path: "returnee.identityNumber", "household.1.relation", "destinationPlace". */
export type CaseFormErrors = Record<string, string>;

/** What the fieldset of one part of the case form gets: that part, the form's errors, and a patch of the part. */
export interface CaseFormPartProps<Part extends keyof CaseFormValues> {
  value: CaseFormValues[Part];
  errors: CaseFormErrors;
  onChange: (patch: Partial<CaseFormValues[Part]>) => void;
}

let rowCounter = 0;
export function newHouseholdRow(): HouseholdRow {
  rowCounter += 1;
  return { key: `member-${rowCounter}`, firstName: '', lastName: '', dateOfBirth: '', sex: '', relation: '', identityNumber: '', travels: true };
}

export function emptyCaseFormValues(documentLanguage: DocumentLanguageCode): CaseFormValues {
  return {
    returnee: { firstName: '', lastName: '', dateOfBirth: '', sex: '', citizenship: null, languages: [], identityNumber: '', documentLanguage },
    contact: { phone: '', email: '', addressInSweden: '', notes: '' },
    household: [],
    needs: '',
    health: { information: '', vulnerabilities: [] },
    destinationCountry: null,
    destinationPlace: '',
    plannedDeparture: '',
    actualDeparture: '',
    support: { amount: '', currency: 'SEK' },
    responsibleCaseworkerId: null,
    source: noSource,
  };
}

/** The source of a case as the form holds it. */
export function sourceValuesFrom(source: CaseDetailsFragment['source']): SourceValues {
  if (!source) return noSource;
  const labels: Record<string, SourceLabel> = {};
  if (source.contactOrganisation) labels[source.contactOrganisation.id] = { text: source.contactOrganisation.name };
  if (source.outreachActivity) labels[source.outreachActivity.id] = { text: source.outreachActivity.title, day: source.outreachActivity.heldOn };
  const consultation = source.staffConsultation;
  if (consultation) labels[consultation.id] = { text: consultation.departmentContact?.name ?? consultation.department ?? '', day: consultation.heldOn };
  return {
    kind: source.kind,
    contactOrganisationId: source.contactOrganisation?.id ?? null,
    outreachActivityId: source.outreachActivity?.id ?? null,
    staffConsultationId: consultation?.id ?? null,
    labels,
  };
}

export function caseFormValuesFrom(item: CaseDetailsFragment, fallbackLanguage: DocumentLanguageCode): CaseFormValues {
  const empty = emptyCaseFormValues(fallbackLanguage);
  const returnee = item.returnee;
  return {
    returnee: returnee
      ? {
          firstName: returnee.firstName,
          lastName: returnee.lastName,
          dateOfBirth: calendarDate(returnee.dateOfBirth) ?? '',
          sex: returnee.sex,
          citizenship: returnee.citizenship ?? null,
          languages: [...returnee.languages],
          identityNumber: returnee.identityNumber ?? '',
          documentLanguage: returnee.documentLanguage,
        }
      : empty.returnee,
    contact: {
      phone: item.contact?.phone ?? '',
      email: item.contact?.email ?? '',
      addressInSweden: item.contact?.addressInSweden ?? '',
      notes: item.contact?.notes ?? '',
    },
    household: (item.household ?? []).map((member) => ({
      key: `member-${member.id}`,
      id: member.id,
      firstName: member.firstName,
      lastName: member.lastName,
      dateOfBirth: calendarDate(member.dateOfBirth) ?? '',
      sex: member.sex,
      relation: member.relation,
      identityNumber: member.identityNumber ?? '',
      travels: member.travels,
    })),
    needs: item.needs?.description ?? '',
    health: { information: item.health?.information ?? '', vulnerabilities: [...(item.health?.vulnerabilities ?? [])] },
    destinationCountry: item.destinationCountry,
    destinationPlace: item.destinationPlace,
    plannedDeparture: calendarDate(item.plannedDeparture) ?? '',
    actualDeparture: calendarDate(item.actualDeparture) ?? '',
    support: item.supportGranted
      ? { amount: fromMinorUnits(item.supportGranted.amountMinor, item.supportGranted.currency), currency: item.supportGranted.currency }
      : empty.support,
    responsibleCaseworkerId: item.responsibleCaseworker.id,
    source: sourceValuesFrom(item.source),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A Swedish personal identity number as people write it: YYYYMMDD-NNNN (or YYMMDD-NNNN, + over 100). */
const swedishIdentityNumber = /^(\d{6}|\d{8})[-+]?\d{4}$/;

/**
 * A hint, never a refusal: another country's number may look like anything. Only something
 * that is plainly meant as a Swedish number (digits, dash, plus) but has the wrong shape is flagged.
 */
export function identityNumberLooksWrong(value: string): boolean {
  const text = value.trim();
  return text !== '' && /^[\d\s+-]+$/.test(text) && !swedishIdentityNumber.test(text.replace(/\s/g, ''));
}

function returneeInput(values: CaseFormValues) {
  const { returnee } = values;
  return {
    firstName: returnee.firstName.trim(),
    lastName: returnee.lastName.trim(),
    dateOfBirth: orNull(returnee.dateOfBirth),
    sex: returnee.sex as Sex,
    citizenship: returnee.citizenship,
    languages: returnee.languages,
    identityNumber: orNull(returnee.identityNumber),
    documentLanguage: returnee.documentLanguage as DocumentLanguage,
  };
}

function contactInput(values: CaseFormValues) {
  const { contact } = values;
  return {
    phone: orNull(contact.phone),
    email: orNull(contact.email),
    addressInSweden: orNull(contact.addressInSweden),
    notes: orNull(contact.notes),
  };
}

function householdInput(values: CaseFormValues): HouseholdMemberInput[] {
  return values.household.map((member) => ({
    ...(member.id ? { id: member.id } : {}),
    firstName: member.firstName.trim(),
    lastName: member.lastName.trim(),
    dateOfBirth: orNull(member.dateOfBirth),
    sex: member.sex as Sex,
    relation: member.relation as HouseholdRelation,
    identityNumber: orNull(member.identityNumber),
    travels: member.travels,
  }));
}

function healthInput(values: CaseFormValues) {
  const information = values.health.information.trim();
  const vulnerabilities = values.health.vulnerabilities.map((item) => item.trim()).filter(Boolean);
  return information || vulnerabilities.length > 0 ? { information, vulnerabilities } : null;
}

/** What the form's source sends: the kind and only what it names (null: not recorded). */
export function sourceInput(source: SourceValues): CaseSourceInput | null {
  if (!source.kind) return null;
  return {
    kind: source.kind,
    ...(source.contactOrganisationId ? { contactOrganisationId: source.contactOrganisationId } : {}),
    ...(source.outreachActivityId ? { outreachActivityId: source.outreachActivityId } : {}),
    ...(source.staffConsultationId ? { staffConsultationId: source.staffConsultationId } : {}),
  };
}

function sameSource(a: CaseSourceInput | null, b: CaseSourceInput | null): boolean {
  return (
    (a?.kind ?? null) === (b?.kind ?? null) &&
    (a?.contactOrganisationId ?? null) === (b?.contactOrganisationId ?? null) &&
    (a?.outreachActivityId ?? null) === (b?.outreachActivityId ?? null) &&
    (a?.staffConsultationId ?? null) === (b?.staffConsultationId ?? null)
  );
}

export function createCaseInput(values: CaseFormValues): CreateCaseInput {
  const contact = contactInput(values);
  const source = sourceInput(values.source);
  const health = healthInput(values);
  return {
    returnee: returneeInput(values),
    ...(Object.values(contact).some((value) => value !== null) ? { contact } : {}),
    household: householdInput(values),
    ...(values.needs.trim() ? { needs: values.needs.trim() } : {}),
    ...(health ? { health } : {}),
    destinationCountry: values.destinationCountry ?? '',
    destinationPlace: values.destinationPlace.trim(),
    plannedDeparture: orNull(values.plannedDeparture),
    ...(values.responsibleCaseworkerId ? { responsibleCaseworkerId: values.responsibleCaseworkerId } : {}),
    ...(source ? { source } : {}),
  };
}

/**
 * An edit sends the sections the editor can see (what they cannot see, they cannot have changed,
 * and the server keeps it), with the version they started from.
 */
export function updateCaseInput(values: CaseFormValues, item: CaseDetailsFragment): UpdateCaseInput {
  const visible = (section: ConsentSection) => item.visibleSections.includes(section);
  const health = healthInput(values);
  const amountMinor = values.support.amount.trim() ? toMinorUnits(values.support.amount, values.support.currency) : null;
  // The source goes only when it changed (null: no longer recorded), so that an edit of
  // something else neither touches nor audits it.
  const source = sourceInput(values.source);
  const sourceChanged = item.viewerIsOwner && !sameSource(source, sourceInput(sourceValuesFrom(item.source)));
  return {
    id: item.id,
    version: item.version,
    ...(visible('IDENTITY') ? { returnee: returneeInput(values) } : {}),
    ...(visible('CONTACT') ? { contact: contactInput(values) } : {}),
    ...(visible('HOUSEHOLD') ? { household: householdInput(values) } : {}),
    ...(visible('NEEDS') ? { needs: values.needs.trim() } : {}),
    ...(visible('HEALTH') && (health || item.health) ? { health: health ?? { information: '', vulnerabilities: [] } } : {}),
    destinationCountry: values.destinationCountry ?? '',
    destinationPlace: values.destinationPlace.trim(),
    plannedDeparture: orNull(values.plannedDeparture),
    actualDeparture: orNull(values.actualDeparture),
    ...(amountMinor !== null ? { supportGranted: { amountMinor, currency: values.support.currency } } : {}),
    ...(values.responsibleCaseworkerId ? { responsibleCaseworkerId: values.responsibleCaseworkerId } : {}),
    ...(sourceChanged ? { source } : {}),
  };
}

export type ValidationMessage = 'required' | 'date' | 'email' | 'amount' | 'dateOrder' | 'futureBirth';

/** What the browser can tell without the server; the server checks everything again. */
export function validateCaseForm(values: CaseFormValues, { edit, today }: { edit: boolean; today: string }): Record<string, ValidationMessage> {
  const found: Record<string, ValidationMessage> = {};
  const required = (path: string, value: string | null) => {
    if (!value || value.trim() === '') found[path] = 'required';
  };
  const date = (path: string, value: string) => {
    if (value && !isCalendarDate(value)) found[path] = 'date';
  };
  const birth = (path: string, value: string) => {
    date(path, value);
    if (!found[path] && value && value > today) found[path] = 'futureBirth';
  };

  if (!edit || values.returnee.firstName || values.returnee.lastName) {
    required('returnee.firstName', values.returnee.firstName);
    required('returnee.lastName', values.returnee.lastName);
    required('returnee.sex', values.returnee.sex);
    birth('returnee.dateOfBirth', values.returnee.dateOfBirth);
  }
  if (values.contact.email.trim() && !/^[^\s@]+@[^\s@]+$/.test(values.contact.email.trim())) found['contact.email'] = 'email';
  values.household.forEach((member, index) => {
    required(`household.${index}.firstName`, member.firstName);
    required(`household.${index}.lastName`, member.lastName);
    required(`household.${index}.sex`, member.sex);
    required(`household.${index}.relation`, member.relation);
    birth(`household.${index}.dateOfBirth`, member.dateOfBirth);
  });
  required('destinationCountry', values.destinationCountry);
  required('destinationPlace', values.destinationPlace);
  date('plannedDeparture', values.plannedDeparture);
  date('actualDeparture', values.actualDeparture);
  if (values.support.amount.trim() && toMinorUnits(values.support.amount, values.support.currency) === null) found['support.amount'] = 'amount';
  if (values.source.kind === 'ASSOCIATION') required('source.contactOrganisationId', values.source.contactOrganisationId);
  if (values.source.kind === 'OUTREACH_ACTIVITY') required('source.outreachActivityId', values.source.outreachActivityId);
  return found;
}

/** Top-level fields by their last path segment, for servers that name only that ("identityNumber"). */
const fieldsByName: Record<string, string> = {
  firstName: 'returnee.firstName',
  lastName: 'returnee.lastName',
  dateOfBirth: 'returnee.dateOfBirth',
  sex: 'returnee.sex',
  citizenship: 'returnee.citizenship',
  languages: 'returnee.languages',
  identityNumber: 'returnee.identityNumber',
  documentLanguage: 'returnee.documentLanguage',
  phone: 'contact.phone',
  email: 'contact.email',
  addressInSweden: 'contact.addressInSweden',
  notes: 'contact.notes',
  information: 'health.information',
  vulnerabilities: 'health.vulnerabilities',
  supportGranted: 'support.amount',
  amountMinor: 'support.amount',
  currency: 'support.amount',
};

/** Where on the case form a path inside the input belongs: "supportGranted.currency" → "support.amount". */
export function caseFormPath(inputPath: string): string {
  const path = inputPath.replace(/^supportGranted(\..*)?$/, 'support.amount');
  if (path.includes('.')) return path;
  return fieldsByName[path] ?? path;
}

import { AppError } from '../../core/errors/app-error.js';
import { ContactKind } from '../contacts/contacts.enums.js';
import { CaseSourceKind } from './cases.enums.js';
import type { CaseSourceInput } from './dtos/case-source.input.js';

/** A case's source as stored: the kind and the references (all null: not recorded). */
export interface CaseSourceValues {
  kind: CaseSourceKind | null;
  contactOrganisationId: string | null;
  outreachActivityId: string | null;
  staffConsultationId: string | null;
}

export const NO_SOURCE: CaseSourceValues = { kind: null, contactOrganisationId: null, outreachActivityId: null, staffConsultationId: null };

type Reference = 'contactOrganisationId' | 'outreachActivityId' | 'staffConsultationId';

/**
 * What each kind of source names (the same rule as the check referral_case_source_fits of
 * migration 0018): the references it needs, the ones it may have, and the directory entries that
 * fit it (null: any kind of entry).
 */
const sourceRules: Record<CaseSourceKind, { required: Reference[]; allowed: Reference[]; contactKinds: readonly ContactKind[] | null }> = {
  ASSOCIATION: {
    required: ['contactOrganisationId'],
    allowed: ['contactOrganisationId'],
    contactKinds: [ContactKind.IMMIGRANT_ASSOCIATION, ContactKind.FAITH_COMMUNITY, ContactKind.NGO],
  },
  OUTREACH_ACTIVITY: { required: ['outreachActivityId'], allowed: ['outreachActivityId'], contactKinds: [] },
  CITY_DEPARTMENT: { required: [], allowed: ['contactOrganisationId', 'staffConsultationId'], contactKinds: [ContactKind.CITY_DEPARTMENT] },
  AUTHORITY: {
    required: [],
    allowed: ['contactOrganisationId'],
    contactKinds: [ContactKind.AUTHORITY, ContactKind.INTERNATIONAL_ORGANISATION, ContactKind.EMBASSY],
  },
  OWN_INITIATIVE: { required: [], allowed: [], contactKinds: [] },
  OTHER: { required: [], allowed: ['contactOrganisationId'], contactKinds: null },
};

/** The directory entry kinds a source of this kind may name (null: any). */
export function contactKindsOfSource(kind: CaseSourceKind): readonly ContactKind[] | null {
  return sourceRules[kind].contactKinds;
}

const requiredKey: Record<Reference, string> = {
  contactOrganisationId: 'cases.sourceContactRequired',
  outreachActivityId: 'cases.sourceActivityRequired',
  staffConsultationId: 'cases.sourceConsultationRequired',
};

/**
 * The references the kind needs are given and those it does not take are absent; each refusal
 * names the field at fault (`source.outreachActivityId`). Whether the references exist (and are
 * the organisation's own) is the service's to check.
 */
export function checkSourceShape(input: CaseSourceInput): CaseSourceValues {
  const rule = sourceRules[input.kind];
  const references: Reference[] = ['contactOrganisationId', 'outreachActivityId', 'staffConsultationId'];
  for (const reference of references) {
    const given = input[reference] !== null && input[reference] !== undefined && input[reference] !== '';
    if (given && !rule.allowed.includes(reference)) throw AppError.badInput(`source.${reference}`, 'cases.sourceReferenceNotAllowed');
    if (!given && rule.required.includes(reference)) throw AppError.badInput(`source.${reference}`, requiredKey[reference]);
  }
  return {
    kind: input.kind,
    contactOrganisationId: input.contactOrganisationId || null,
    outreachActivityId: input.outreachActivityId || null,
    staffConsultationId: input.staffConsultationId || null,
  };
}

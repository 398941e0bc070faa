import type { ContactFilter, ContactKind, ContactStatus } from '../../gql/graphql';
import { contactKinds, contactStatuses } from './contact-options';

/** The directory's filters, as the address bar holds them (a view can be shared and reloaded). */
export interface ContactListParams {
  kind: ContactKind | null;
  country: string | null;
  status: ContactStatus | null;
  district: string | null;
  text: string;
  includeArchived: boolean;
}

export const defaultContactListParams: ContactListParams = { kind: null, country: null, status: null, district: null, text: '', includeArchived: false };

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null => allowed.find((candidate) => candidate === value) ?? null;

export function parseContactListParams(search: URLSearchParams): ContactListParams {
  const country = search.get('country')?.trim().toUpperCase();
  return {
    kind: oneOf(contactKinds, search.get('kind')),
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    status: oneOf(contactStatuses, search.get('status')),
    district: search.get('district') || null,
    text: search.get('q') ?? '',
    includeArchived: search.get('archived') === '1',
  };
}

/** Only what differs from the defaults goes into the address. */
export function contactListSearch(params: ContactListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.kind) search.set('kind', params.kind);
  if (params.country) search.set('country', params.country);
  if (params.status) search.set('status', params.status);
  if (params.district) search.set('district', params.district);
  if (params.text.trim()) search.set('q', params.text);
  if (params.includeArchived) search.set('archived', '1');
  return search;
}

/** The filters that fold away on a phone and are set (the search text stays in view). */
export function activeContactFilterCount(params: ContactListParams): number {
  return [params.kind, params.country, params.status, params.district, params.includeArchived].filter(Boolean).length;
}

export function hasContactFilters(params: ContactListParams): boolean {
  return activeContactFilterCount(params) > 0 || params.text.trim() !== '';
}

/** The `contactOrganisations` filter for these parameters; a filter not set is left out. */
export function contactListFilter(params: ContactListParams): ContactFilter {
  const filter: ContactFilter = {};
  if (params.kind) filter.kind = params.kind;
  if (params.country) filter.country = params.country;
  if (params.status) filter.status = params.status;
  if (params.district) filter.district = params.district;
  if (params.text.trim()) filter.text = params.text.trim();
  if (params.includeArchived) filter.includeArchived = true;
  return filter;
}

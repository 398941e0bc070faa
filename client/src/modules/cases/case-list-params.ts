import type { CaseFilter, CaseOrder, CaseSortField, CaseStatus, SortDirection } from '../../gql/graphql';

export const caseStatuses: readonly CaseStatus[] = ['INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION', 'CLOSED'];
export const caseSortFields: readonly CaseSortField[] = ['UPDATED_AT', 'NUMBER', 'PLANNED_DEPARTURE', 'RETURNEE_NAME'];
export const sortDirections: readonly SortDirection[] = ['DESC', 'ASC'];

/** The case list's filters and order, as the address bar holds them (so a view can be shared and reloaded). */
export interface CaseListParams {
  status: CaseStatus[];
  country: string | null;
  caseworker: string | null;
  partner: string | null;
  text: string;
  sort: CaseSortField;
  direction: SortDirection;
}

export const defaultCaseListParams: CaseListParams = {
  status: [],
  country: null,
  caseworker: null,
  partner: null,
  text: '',
  sort: 'UPDATED_AT',
  direction: 'DESC',
};

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.find((candidate) => candidate === value);

export function parseCaseListParams(search: URLSearchParams): CaseListParams {
  const status = (search.get('status') ?? '')
    .split(',')
    .map((value) => oneOf(caseStatuses, value))
    .filter((value): value is CaseStatus => value !== undefined);
  const country = search.get('country')?.trim().toUpperCase();
  return {
    status: caseStatuses.filter((value) => status.includes(value)),
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    caseworker: search.get('caseworker') || null,
    partner: search.get('partner') || null,
    text: search.get('q') ?? '',
    sort: oneOf(caseSortFields, search.get('sort')) ?? defaultCaseListParams.sort,
    direction: oneOf(sortDirections, search.get('dir')) ?? defaultCaseListParams.direction,
  };
}

/** Only what differs from the defaults goes into the address. */
export function caseListSearch(params: CaseListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.status.length > 0) search.set('status', params.status.join(','));
  if (params.country) search.set('country', params.country);
  if (params.caseworker) search.set('caseworker', params.caseworker);
  if (params.partner) search.set('partner', params.partner);
  if (params.text.trim()) search.set('q', params.text);
  if (params.sort !== defaultCaseListParams.sort) search.set('sort', params.sort);
  if (params.direction !== defaultCaseListParams.direction) search.set('dir', params.direction);
  return search;
}

export function hasFilters(params: CaseListParams): boolean {
  return params.status.length > 0 || !!params.country || !!params.caseworker || !!params.partner || params.text.trim() !== '';
}

/** The `cases` query's filter and order for these parameters; a filter not set is left out. */
export function caseListVariables(params: CaseListParams): { filter: CaseFilter; orderBy: CaseOrder } {
  const filter: CaseFilter = {};
  if (params.status.length > 0) filter.status = params.status;
  if (params.country) filter.destinationCountry = params.country;
  if (params.caseworker) filter.responsibleCaseworkerId = params.caseworker;
  if (params.partner) filter.partnerId = params.partner;
  if (params.text.trim()) filter.text = params.text.trim();
  return { filter, orderBy: { field: params.sort, direction: params.direction } };
}

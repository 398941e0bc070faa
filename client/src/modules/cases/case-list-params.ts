import type { CaseFilter, CaseOrder, CaseSortField, CaseStatus, SortDirection } from '../../gql/graphql';

export const caseStatuses: readonly CaseStatus[] = ['INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION', 'CLOSED'];
export const caseSortFields: readonly CaseSortField[] = ['RELEVANCE', 'UPDATED_AT', 'NUMBER', 'PLANNED_DEPARTURE', 'RETURNEE_NAME'];
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

const searching = (text: string) => text.trim() !== '';

/** The sort when none is chosen: best match first while searching, else the last changed first. */
export function defaultCaseSort(text: string): CaseSortField {
  return searching(text) ? 'RELEVANCE' : 'UPDATED_AT';
}

/** The sorts that can be chosen: by relevance only while searching (without a text there is nothing to rank). */
export function caseSortChoices(text: string): readonly CaseSortField[] {
  return searching(text) ? caseSortFields : caseSortFields.filter((field) => field !== 'RELEVANCE');
}

/**
 * The parameters with a new search text. A sort left at its default follows the text (relevance
 * while searching, the last change otherwise); a sort chosen by hand stays, but relevance goes
 * with the text.
 */
export function withSearchText(params: CaseListParams, text: string): CaseListParams {
  const sort =
    params.sort === defaultCaseSort(params.text) || (params.sort === 'RELEVANCE' && !searching(text)) ? defaultCaseSort(text) : params.sort;
  return { ...params, text, sort };
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.find((candidate) => candidate === value);

export function parseCaseListParams(search: URLSearchParams): CaseListParams {
  const status = (search.get('status') ?? '')
    .split(',')
    .map((value) => oneOf(caseStatuses, value))
    .filter((value): value is CaseStatus => value !== undefined);
  const country = search.get('country')?.trim().toUpperCase();
  const text = search.get('q') ?? '';
  const sort = oneOf(caseSortChoices(text), search.get('sort')) ?? defaultCaseSort(text);
  return {
    status: caseStatuses.filter((value) => status.includes(value)),
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    caseworker: search.get('caseworker') || null,
    partner: search.get('partner') || null,
    text,
    sort,
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
  if (params.sort !== defaultCaseSort(params.text)) search.set('sort', params.sort);
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
  const field = params.sort === 'RELEVANCE' && !filter.text ? 'UPDATED_AT' : params.sort;
  return { filter, orderBy: { field, direction: params.direction } };
}

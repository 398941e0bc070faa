import { isCalendarDate } from '../../components/calendar-date';
import type { OutreachFilter, OutreachKind } from '../../gql/graphql';
import { monthRange, isMonth } from './month-grid';
import { isOutreachKind } from './outreach-options';

export type OutreachView = 'list' | 'month';

/** The outreach list's view and filters, as the address bar holds them (a view can be shared and reloaded). */
export interface OutreachListParams {
  view: OutreachView;
  kind: OutreachKind | null;
  contact: string | null;
  country: string | null;
  /** The list's date range (either end may be open). */
  from: string;
  to: string;
  /** The month the calendar shows, "2026-11". */
  month: string;
}

export function parseOutreachListParams(search: URLSearchParams, currentMonth: string): OutreachListParams {
  const country = search.get('country')?.trim().toUpperCase();
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const month = search.get('month') ?? '';
  const kind = search.get('kind');
  return {
    view: search.get('view') === 'month' ? 'month' : 'list',
    kind: isOutreachKind(kind) ? kind : null,
    contact: search.get('contact') || null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    from: isCalendarDate(from) ? from : '',
    to: isCalendarDate(to) ? to : '',
    month: isMonth(month) ? month : currentMonth,
  };
}

/** Only what is set goes into the address; the month only in the month view, and only when not the current one. */
export function outreachListSearch(params: OutreachListParams, currentMonth: string): URLSearchParams {
  const search = new URLSearchParams();
  if (params.view === 'month') search.set('view', 'month');
  if (params.kind) search.set('kind', params.kind);
  if (params.contact) search.set('contact', params.contact);
  if (params.country) search.set('country', params.country);
  if (params.view === 'list' && params.from) search.set('from', params.from);
  if (params.view === 'list' && params.to) search.set('to', params.to);
  if (params.view === 'month' && params.month !== currentMonth) search.set('month', params.month);
  return search;
}

/** The server's filter: the chosen filters, and the dates of the list's range or of the calendar's month. */
export function outreachFilter(params: OutreachListParams): OutreachFilter {
  const filter: OutreachFilter = {};
  if (params.kind) filter.kind = params.kind;
  if (params.contact) filter.contactOrganisationId = params.contact;
  if (params.country) filter.country = params.country;
  if (params.view === 'month') {
    const range = monthRange(params.month);
    filter.from = range.from;
    filter.to = range.to;
  } else {
    if (params.from) filter.from = params.from;
    if (params.to) filter.to = params.to;
  }
  return filter;
}

/** Filters that fold away on a phone and are set. */
export function activeOutreachFilters(params: OutreachListParams): number {
  return [params.kind, params.contact, params.country, params.view === 'list' && params.from, params.view === 'list' && params.to].filter(Boolean).length;
}

import type { ConsultationChannel, ConsultationFilter, OutreachTopic } from '../../gql/graphql';
import { consultationChannels, consultationTopics } from './consultation-options';

/** The log's filters as the address bar keeps them (a shared link or the back button shows the same list). */
export interface ConsultationListParams {
  channel: ConsultationChannel | null;
  topic: OutreachTopic | null;
  department: string | null;
  /** Calendar dates, "2026-05-04". */
  from: string | null;
  to: string | null;
}

export const noConsultationFilters: ConsultationListParams = { channel: null, topic: null, department: null, from: null, to: null };

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;
const dayOrNull = (value: string | null) => (value && calendarDay.test(value) ? value : null);

export function readConsultationParams(search: URLSearchParams): ConsultationListParams {
  const channel = search.get('channel');
  const topic = search.get('topic');
  return {
    channel: consultationChannels.find((value) => value === channel) ?? null,
    topic: consultationTopics.find((value) => value === topic) ?? null,
    department: search.get('department') || null,
    from: dayOrNull(search.get('from')),
    to: dayOrNull(search.get('to')),
  };
}

export function writeConsultationParams(params: ConsultationListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return search;
}

/** The query's filter: only what is set, nothing when nothing is (one cached list per filter). */
export function consultationFilter(params: ConsultationListParams): ConsultationFilter | null {
  const filter: ConsultationFilter = {};
  if (params.channel) filter.channel = params.channel;
  if (params.topic) filter.topic = params.topic;
  if (params.department) filter.departmentContactId = params.department;
  if (params.from) filter.from = params.from;
  if (params.to) filter.to = params.to;
  return Object.keys(filter).length > 0 ? filter : null;
}

export const activeConsultationFilters = (params: ConsultationListParams): number => Object.values(params).filter(Boolean).length;

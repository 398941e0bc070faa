import type { OutreachKind, OutreachTopic } from '../../gql/graphql';

/** The kinds in the order a form offers them: the most common first. */
export const outreachKinds: readonly OutreachKind[] = ['INFORMATION_MEETING', 'VISIT', 'PHONE_CALL', 'FAIR_OR_EVENT', 'MEDIA', 'MATERIAL_SENT'];

export const outreachTopics: readonly OutreachTopic[] = ['RETURN_SUPPORT', 'REINTEGRATION', 'COUNTRY_SITUATION', 'THE_OFFICE', 'INDIVIDUAL_CASE', 'OTHER'];

export const isOutreachKind = (value: string | null): value is OutreachKind => outreachKinds.some((kind) => kind === value);
export const isOutreachTopic = (value: string | null): value is OutreachTopic => outreachTopics.some((topic) => topic === value);

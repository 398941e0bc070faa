import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

/** What kind of outreach an activity was. */
export const OutreachKind = graphqlEnum('OutreachKind', {
  INFORMATION_MEETING: 'An information meeting (at an association, a school, a mosque…).',
  VISIT: 'A visit to an organisation.',
  PHONE_CALL: 'A phone call.',
  FAIR_OR_EVENT: 'A fair or another event.',
  MEDIA: 'Radio, television, press or social media.',
  MATERIAL_SENT: 'Information material sent.',
});
export type OutreachKind = EnumValue<typeof OutreachKind>;

/** What outreach and consultations are about. */
export const OutreachTopic = graphqlEnum('OutreachTopic', {
  RETURN_SUPPORT: 'The rules of return and reintegration support (the grant, who may have it).',
  COUNTRY_SITUATION: 'The situation in a country of return.',
  REINTEGRATION: 'Reintegration support after return.',
  INDIVIDUAL_CASE: 'An individual case, described without personal data.',
  THE_OFFICE: 'The office and its work.',
  OTHER: 'Anything else.',
});
export type OutreachTopic = EnumValue<typeof OutreachTopic>;

/** How a member of the city's staff reached the office. */
export const ConsultationChannel = graphqlEnum('ConsultationChannel', {
  PHONE: 'By phone.',
  EMAIL: 'By e-mail.',
  MEETING: 'In a meeting.',
  TRAINING: 'A training for city staff (with a number of participants).',
});
export type ConsultationChannel = EnumValue<typeof ConsultationChannel>;

import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

/** What kind of organisation a directory entry is. */
export const ContactKind = graphqlEnum('ContactKind', {
  IMMIGRANT_ASSOCIATION: 'An association of people from one country or region (focus Iraq and Somalia).',
  FAITH_COMMUNITY: 'A congregation, mosque, church or other faith community.',
  AUTHORITY: 'A national or local authority (the Migration Agency, the police…).',
  INTERNATIONAL_ORGANISATION: 'IOM, UNHCR and other international organisations.',
  NGO: 'A non-governmental organisation.',
  EMBASSY: 'An embassy or consulate.',
  CITY_DEPARTMENT: "A department of the city's own administration.",
  FUNDER: 'A funder of projects.',
  OTHER: 'Anything else.',
});
export type ContactKind = EnumValue<typeof ContactKind>;

/** Where the cooperation with a directory entry stands. */
export const ContactStatus = graphqlEnum('ContactStatus', {
  PROSPECT: 'Known of, not yet contacted.',
  CONTACTED: 'In contact.',
  COOPERATING: 'Working together.',
  DORMANT: 'No contact for a while.',
});
export type ContactStatus = EnumValue<typeof ContactStatus>;

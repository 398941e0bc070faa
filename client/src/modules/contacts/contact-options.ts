import type { ContactKind, ContactStatus } from '../../gql/graphql';

/** In the order the filters and forms offer them. */
export const contactKinds: readonly ContactKind[] = [
  'IMMIGRANT_ASSOCIATION',
  'FAITH_COMMUNITY',
  'AUTHORITY',
  'INTERNATIONAL_ORGANISATION',
  'NGO',
  'EMBASSY',
  'CITY_DEPARTMENT',
  'FUNDER',
  'OTHER',
];

/** The cooperation's course: prospect → contacted → cooperating → dormant. */
export const contactStatuses: readonly ContactStatus[] = ['PROSPECT', 'CONTACTED', 'COOPERATING', 'DORMANT'];

export const contactStatusColors: Record<ContactStatus, string> = {
  PROSPECT: 'gray',
  CONTACTED: 'blue',
  COOPERATING: 'green',
  DORMANT: 'orange',
};

/** A text field's value for the API: trimmed, and null when nothing is left. */
export const optionalText = (value: string): string | null => value.trim() || null;

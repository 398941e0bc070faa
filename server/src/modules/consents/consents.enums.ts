import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

/** The parts of a case a returnee may consent to share, each kept in a table of its own. */
export const ConsentSection = graphqlEnum('ConsentSection', {
  IDENTITY: 'Names, date of birth, sex, citizenship, languages, identity number.',
  CONTACT: 'Phone, e-mail, address in Sweden.',
  HOUSEHOLD: 'Household members and who travels.',
  NEEDS: 'Support needs.',
  HEALTH: 'Health and vulnerabilities.',
});
export type ConsentSection = EnumValue<typeof ConsentSection>;

export const allSections: readonly ConsentSection[] = Object.values(ConsentSection);

import { registerEnumType } from '@nestjs/graphql';

/** The parts of a case a returnee may consent to share, each kept in a table of its own. */
export enum ConsentSection {
  IDENTITY = 'IDENTITY',
  CONTACT = 'CONTACT',
  HOUSEHOLD = 'HOUSEHOLD',
  NEEDS = 'NEEDS',
  HEALTH = 'HEALTH',
}

registerEnumType(ConsentSection, {
  name: 'ConsentSection',
  valuesMap: {
    IDENTITY: { description: 'Names, date of birth, sex, citizenship, languages, identity number.' },
    CONTACT: { description: 'Phone, e-mail, address in Sweden.' },
    HOUSEHOLD: { description: 'Household members and who travels.' },
    NEEDS: { description: 'Support needs.' },
    HEALTH: { description: 'Health and vulnerabilities.' },
  },
});

export const allSections: readonly ConsentSection[] = Object.values(ConsentSection);

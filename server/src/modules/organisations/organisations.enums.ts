import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationKind {
  CITY = 'CITY',
  MUNICIPALITY = 'MUNICIPALITY',
  CLDD_OFFICE = 'CLDD_OFFICE',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  valuesMap: {
    CITY: { description: 'A Swedish city office that refers returnees (Stockholm, Gothenburg).' },
    MUNICIPALITY: { description: 'A municipality abroad that receives referrals.' },
    CLDD_OFFICE: { description: 'A Centre for Local Development and Diaspora.' },
  },
});

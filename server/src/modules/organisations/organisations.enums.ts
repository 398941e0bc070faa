import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

export const OrganisationKind = graphqlEnum('OrganisationKind', {
  CITY: 'A Swedish city office that refers returnees (Stockholm, Gothenburg).',
  MUNICIPALITY: 'A municipality abroad that receives referrals.',
  CLDD_OFFICE: 'A Centre for Local Development and Diaspora.',
});
export type OrganisationKind = EnumValue<typeof OrganisationKind>;

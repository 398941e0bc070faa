import { graphql } from '../../gql';

// Shapes that many operations ask for alike. Codegen resolves fragments by name across src/, so
// an operation spreads them (`...StaffRef`) without importing this file; a change here changes
// every operation that spreads them, and `npm run codegen -w client` shows which.

/** Where the next page of any connection starts. */
export const pageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    endCursor
    hasNextPage
  }
`);

/** A staff member named in a record: who sent, answered, recorded or changed something. */
export const staffRefFragment = graphql(`
  fragment StaffRef on StaffMember {
    id
    name
  }
`);

/** An organisation named in a record: an owner, a party, a partner. */
export const organisationRefFragment = graphql(`
  fragment OrganisationRef on Organisation {
    id
    name
  }
`);

/** An organisation with the country it works in: a partner to choose, a sender, a party. */
export const organisationWithCountryFragment = graphql(`
  fragment OrganisationWithCountry on Organisation {
    id
    name
    country
  }
`);

/** How a returnee is named in lists and cards. */
export const returneeNameFragment = graphql(`
  fragment ReturneeName on Returnee {
    firstName
    lastName
  }
`);

export const moneyFieldsFragment = graphql(`
  fragment MoneyFields on Money {
    amountMinor
    currency
  }
`);

import { graphql } from '../../gql';

export const caseListItemFragment = graphql(`
  fragment CaseListItem on ReferralCase {
    id
    number
    status
    destinationCountry
    destinationPlace
    plannedDeparture
    updatedAt
    returnee {
      ...ReturneeName
    }
    responsibleCaseworker {
      ...StaffRef
    }
  }
`);

export const casesQuery = graphql(`
  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {
    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      ...CaseListPage
    }
  }
`);

/** Who can be responsible for a case, and whom the organisation may refer to: for filters and forms. */
export const caseworkersQuery = graphql(`
  query Caseworkers {
    caseworkers {
      ...StaffRef
    }
  }
`);

export const referralPartnersQuery = graphql(`
  query ReferralPartners {
    referralPartners {
      ...OrganisationWithCountry
    }
  }
`);

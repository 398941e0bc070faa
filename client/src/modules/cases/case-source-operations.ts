import { graphql } from '../../gql';

// What the source field of the case form chooses from: the organisation's own directory entries,
// its outreach activities (newest first) and its consultations of the city's staff.

export const sourceContactsQuery = graphql(`
  query CaseSourceContacts($filter: ContactFilter, $first: Int!) {
    contactOrganisations(filter: $filter, first: $first) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

export const sourceActivitiesQuery = graphql(`
  query CaseSourceActivities($first: Int!) {
    outreachActivities(first: $first) {
      edges {
        node {
          id
          title
          heldOn
          contacts {
            id
            name
          }
        }
      }
    }
  }
`);

export const sourceConsultationsQuery = graphql(`
  query CaseSourceConsultations($first: Int!) {
    staffConsultations(first: $first) {
      edges {
        node {
          id
          heldOn
          department
          district
          departmentContact {
            id
            name
          }
        }
      }
    }
  }
`);

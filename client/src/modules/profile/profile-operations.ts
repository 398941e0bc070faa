import { graphql } from '../../gql';

export const homeProfileQuery = graphql(`
  query HomeProfile {
    me {
      ...UserIdentity
      createdAt
      organisation {
        ...OrganisationSettings
      }
    }
  }
`);

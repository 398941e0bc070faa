import { graphql } from '../../gql';

export const homeProfileQuery = graphql(`
  query HomeProfile {
    me {
      id
      name
      email
      roles
      language
      createdAt
      organisation {
        id
        name
        kind
        country
        timeZone
      }
    }
  }
`);

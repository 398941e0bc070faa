import { graphql } from '../../gql';

export const homeProfileQuery = graphql(`
  query HomeProfile {
    me {
      id
      name
      nameLatin
      nameArabic
      email
      roles
      language
      createdAt
      organisation {
        id
        name
        nameLatin
        nameArabic
        kind
        country
        timeZone
      }
    }
  }
`);

import { graphql } from '../../gql';

// What the shell needs to know about the signed-in person, whichever way the session began.
export const sessionUserFragment = graphql(`
  fragment SessionUser on User {
    ...UserAccount
    organisation {
      ...OrganisationSettings
      defaultLanguage
    }
  }
`);

export const sessionPayloadFragment = graphql(`
  fragment SessionPayload on AuthPayload {
    accessToken
    accessTokenExpiresAt
    user {
      ...SessionUser
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionPayload
    }
  }
`);

export const refreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...SessionPayload
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const setMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: Language!) {
    setMyLanguage(language: $language) {
      ...SessionUser
    }
  }
`);

export const sessionMeQuery = graphql(`
  query SessionMe {
    me {
      ...SessionUser
    }
  }
`);

import { graphql } from '../../gql';

export const userListItemFragment = graphql(`
  fragment UserListItem on User {
    ...UserAccount
    createdAt
  }
`);

export const usersQuery = graphql(`
  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {
    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {
      ...UserListPage
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserListItem
    }
  }
`);

export const updateUserRolesMutation = graphql(`
  mutation UpdateUserRoles($input: UpdateUserRolesInput!) {
    updateUserRoles(input: $input) {
      ...UserListItem
    }
  }
`);

export const updateUserNamesMutation = graphql(`
  mutation UpdateUserNames($input: UpdateUserNamesInput!) {
    updateUserNames(input: $input) {
      ...UserListItem
    }
  }
`);

/** The coordinator's own organisation's names (as written, and in the other script). */
export const updateOrganisationNamesMutation = graphql(`
  mutation UpdateOrganisationNames($input: UpdateOrganisationNamesInput!) {
    updateOrganisationNames(input: $input) {
      id
      name
      nameLatin
      nameArabic
    }
  }
`);

export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserListItem
    }
  }
`);

export const createPasswordResetLinkMutation = graphql(`
  mutation CreatePasswordResetLink($userId: ID!) {
    createPasswordResetLink(userId: $userId) {
      url
      expiresAt
    }
  }
`);

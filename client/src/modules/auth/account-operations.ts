import { graphql } from '../../gql';

export const setMyFirstPasswordMutation = graphql(`
  mutation SetMyFirstPassword($input: SetFirstPasswordInput!) {
    setMyFirstPassword(input: $input)
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const passwordResetByEmailAvailableQuery = graphql(`
  query PasswordResetByEmailAvailable {
    passwordResetByEmailAvailable
  }
`);

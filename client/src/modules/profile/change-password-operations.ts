import { graphql } from '../../gql';

export const changeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangePasswordInput!) {
    changeMyPassword(input: $input)
  }
`);

import type { DocumentNode } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import type { graphQLError } from './fixtures';

type Keep = (input: any) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any -- a mock's variables are untyped

function capturing(query: DocumentNode, keep: Keep, result: Record<string, unknown>, maxUsageCount?: number): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    ...(maxUsageCount === undefined ? {} : { maxUsageCount }),
    result: (variables) => {
      keep(variables.input);
      return result;
    },
  };
}

/** Answers a mutation, whatever it is sent, with `data`; the test gets the `input` it was sent. */
export function answering(query: DocumentNode, keep: Keep, data: Record<string, unknown>, maxUsageCount?: number): MockLink.MockedResponse {
  return capturing(query, keep, { data }, maxUsageCount);
}

/** Refuses a mutation with a GraphQL error (`graphQLError(…)`); the test gets the `input` it was sent. */
export function refusing(query: DocumentNode, keep: Keep, error: ReturnType<typeof graphQLError>): MockLink.MockedResponse {
  return capturing(query, keep, error);
}

import type { ApolloCache } from '@apollo/client';
import type { FollowUpDetailsFragment } from '../../gql/graphql';
import { caseFollowUpFragment } from './follow-up-operations';

/**
 * Puts a follow-up a mutation returned onto its case in the cache. FollowUp has no id of its own
 * (it is a field of the case), so Apollo cannot do this by itself.
 */
export function writeFollowUp(cache: ApolloCache, caseId: string, followUp: FollowUpDetailsFragment) {
  cache.writeFragment({
    id: cache.identify({ __typename: 'ReferralCase', id: caseId }),
    fragment: caseFollowUpFragment,
    fragmentName: 'CaseFollowUp',
    data: { __typename: 'ReferralCase', id: caseId, followUp },
  });
}

import { graphql } from '../../gql';

export const referralPageSize = 20;

// What a referral's answer changes: enough to update the referral wherever the cache holds it
// (inbox row, case page) before the page's own queries are fetched again.
export const referralStateFragment = graphql(`
  fragment ReferralState on Referral {
    id
    status
    allowedActions
    declineReason
    respondedAt
    revokedAt
    completedAt
    respondedBy {
      ...StaffRef
    }
  }
`);

export const acceptReferralMutation = graphql(`
  mutation AcceptReferral($id: ID!) {
    acceptReferral(id: $id) {
      ...ReferralState
    }
  }
`);

export const declineReferralMutation = graphql(`
  mutation DeclineReferral($id: ID!, $reason: String!) {
    declineReferral(id: $id, reason: $reason) {
      ...ReferralState
    }
  }
`);

export const revokeReferralMutation = graphql(`
  mutation RevokeReferral($id: ID!) {
    revokeReferral(id: $id) {
      ...ReferralState
    }
  }
`);

export const completeReferralMutation = graphql(`
  mutation CompleteReferral($id: ID!) {
    completeReferral(id: $id) {
      ...ReferralState
    }
  }
`);

/** A row of the inbox and of the referred cases: what a partner needs to decide, nothing more. */
export const referralListItemFragment = graphql(`
  fragment ReferralListItem on Referral {
    id
    status
    sections
    sentAt
    expiresAt
    respondedAt
    allowedActions
    coverNote
    from {
      ...OrganisationWithCountry
    }
    sentBy {
      ...StaffRef
    }
    case {
      id
      number
      destinationCountry
      destinationPlace
      returnee {
        ...ReturneeName
      }
    }
  }
`);

export const referralInboxQuery = graphql(`
  query ReferralInbox($first: Int!, $after: String) {
    referralInbox(first: $first, after: $after) {
      ...ReferralListPage
    }
  }
`);

export const incomingReferralsQuery = graphql(`
  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {
    incomingReferrals(status: $status, first: $first, after: $after) {
      ...ReferralListPage
    }
  }
`);

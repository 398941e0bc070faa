import { graphql } from '../../gql';

export const caseDetailsFragment = graphql(`
  fragment CaseDetails on ReferralCase {
    id
    number
    status
    closureReason
    version
    createdAt
    updatedAt
    viewerIsOwner
    visibleSections
    organisation {
      id
      name
      country
    }
    responsibleCaseworker {
      id
      name
    }
    destinationCountry
    destinationPlace
    plannedDeparture
    actualDeparture
    supportGranted {
      amountMinor
      currency
    }
    returnee {
      firstName
      lastName
      dateOfBirth
      sex
      citizenship
      languages
      identityNumber
      documentLanguage
    }
    contact {
      phone
      email
      addressInSweden
      notes
    }
    household {
      id
      firstName
      lastName
      dateOfBirth
      sex
      relation
      identityNumber
      travels
    }
    needs {
      description
    }
    health {
      information
      vulnerabilities
    }
    allowedTransitions {
      to
      closureReasons
    }
    consents {
      id
      partner {
        id
        name
      }
      sections
      givenOn
      recordedBy {
        id
        name
      }
      recordedAt
      withdrawnAt
      withdrawnBy {
        id
        name
      }
      form {
        id
        fileName
        contentType
        size
        url
      }
      active
    }
    referrals {
      id
      from {
        id
        name
      }
      to {
        id
        name
      }
      sections
      status
      declineReason
      sentBy {
        id
        name
      }
      sentAt
      expiresAt
      respondedBy {
        id
        name
      }
      respondedAt
      revokedAt
      completedAt
      allowedActions
    }
    statusHistory {
      id
      from
      to
      closureReason
      changedBy {
        id
        name
      }
      changedAt
    }
  }
`);

export const caseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseDetails
    }
  }
`);

export const createCaseMutation = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      ...CaseDetails
    }
  }
`);

export const updateCaseMutation = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      ...CaseDetails
    }
  }
`);

export const changeCaseStatusMutation = graphql(`
  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      ...CaseDetails
    }
  }
`);

export const recordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      active
    }
  }
`);

export const withdrawConsentMutation = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) {
      id
      active
      withdrawnAt
      withdrawnBy {
        id
        name
      }
    }
  }
`);

export const sendReferralMutation = graphql(`
  mutation SendReferral($input: SendReferralInput!) {
    sendReferral(input: $input) {
      id
      status
    }
  }
`);

export const caseAuditTrailQuery = graphql(`
  query CaseAuditTrail($id: ID!, $first: Int!, $after: String) {
    case(id: $id) {
      id
      auditTrail(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            id
            occurredAt
            action
            entityType
            entityId
            requestId
            actor {
              id
              name
            }
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** What the printed consent form names: the case, the returnee, the office, and the partner. */
export const consentFormQuery = graphql(`
  query ConsentForm($caseId: ID!, $partnerId: ID!) {
    case(id: $caseId) {
      id
      number
      organisation {
        id
        name
      }
      returnee {
        firstName
        lastName
        dateOfBirth
        documentLanguage
      }
    }
    organisation(id: $partnerId) {
      id
      name
    }
  }
`);

/** The consent form before a partner is chosen: the case alone. */
export const consentFormCaseQuery = graphql(`
  query ConsentFormCase($caseId: ID!) {
    case(id: $caseId) {
      id
      number
      organisation {
        id
        name
      }
      returnee {
        firstName
        lastName
        dateOfBirth
        documentLanguage
      }
    }
  }
`);

/** Renews an expired access token through the session links before a REST upload is retried. */
export const sessionCheckQuery = graphql(`
  query SessionCheck {
    me {
      id
    }
  }
`);

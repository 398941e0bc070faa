import { graphql } from '../../gql';

/** How the returnee came to the office (the owner's own knowledge: null for a partner). */
export const caseSourceFragment = graphql(`
  fragment CaseSourceFields on CaseSource {
    kind
    contactOrganisation {
      id
      name
      kind
    }
    outreachActivity {
      id
      title
      heldOn
    }
    staffConsultation {
      id
      heldOn
      department
      departmentContact {
        id
        name
      }
    }
  }
`);

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
      ...OrganisationWithCountry
    }
    responsibleCaseworker {
      ...StaffRef
    }
    destinationCountry
    destinationPlace
    plannedDeparture
    actualDeparture
    supportGranted {
      ...MoneyFields
    }
    source {
      ...CaseSourceFields
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
        ...OrganisationRef
      }
      sections
      givenOn
      recordedBy {
        ...StaffRef
      }
      recordedAt
      withdrawnAt
      withdrawnBy {
        ...StaffRef
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
      ...ReferralState
      from {
        ...OrganisationRef
      }
      to {
        ...OrganisationRef
      }
      sections
      sentBy {
        ...StaffRef
      }
      sentAt
      expiresAt
      coverNote
    }
    statusHistory {
      id
      from
      to
      closureReason
      changedBy {
        ...StaffRef
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
        ...StaffRef
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

export const auditEventItemFragment = graphql(`
  fragment AuditEventItem on AuditEvent {
    id
    occurredAt
    action
    entityType
    entityId
    requestId
    actor {
      ...StaffRef
    }
    organisation {
      ...OrganisationRef
    }
  }
`);

export const caseAuditTrailQuery = graphql(`
  query CaseAuditTrail($id: ID!, $first: Int!, $after: String) {
    case(id: $id) {
      id
      auditTrail(first: $first, after: $after) {
        ...AuditEventPage
      }
    }
  }
`);

/** Whom the printed consent form is about: the case, the returnee, and the office that owns the case. */
export const consentFormSubjectFragment = graphql(`
  fragment ConsentFormSubject on ReferralCase {
    id
    number
    organisation {
      ...OrganisationRef
    }
    returnee {
      firstName
      lastName
      dateOfBirth
      documentLanguage
    }
  }
`);

/** What the printed consent form names: the case, the returnee, the office, and the partner. */
export const consentFormQuery = graphql(`
  query ConsentForm($caseId: ID!, $partnerId: ID!) {
    case(id: $caseId) {
      ...ConsentFormSubject
    }
    organisation(id: $partnerId) {
      ...OrganisationRef
    }
  }
`);

/** The consent form before a partner is chosen: the case alone. */
export const consentFormCaseQuery = graphql(`
  query ConsentFormCase($caseId: ID!) {
    case(id: $caseId) {
      ...ConsentFormSubject
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

import { graphql } from '../../gql';

// Shapes that many operations ask for alike. Codegen resolves fragments by name across src/, so
// an operation spreads them (`...StaffRef`) without importing this file; a change here changes
// every operation that spreads them, and `npm run codegen -w client` shows which.

/** Where the next page of any connection starts. */
export const pageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    endCursor
    hasNextPage
  }
`);

/** A staff member named in a record: who sent, answered, recorded or changed something; with the spellings that let each reader read the name (PersonName). */
export const staffRefFragment = graphql(`
  fragment StaffRef on StaffMember {
    id
    name
    nameLatin
    nameArabic
  }
`);

/** Who a person is: name, spellings, e-mail, roles and language (the profile page; the account adds its state). */
export const userIdentityFragment = graphql(`
  fragment UserIdentity on User {
    id
    name
    nameLatin
    nameArabic
    email
    roles
    language
  }
`);

/** A person's account as the person and their coordinator see it: who they are, and the account's state. */
export const userAccountFragment = graphql(`
  fragment UserAccount on User {
    ...UserIdentity
    active
    mustChangePassword
  }
`);

/** An organisation named in a record: an owner, a party, a partner. */
export const organisationRefFragment = graphql(`
  fragment OrganisationRef on Organisation {
    id
    name
    nameLatin
    nameArabic
  }
`);

/** The signed-in person's own organisation: its names, kind, country and time zone. */
export const organisationSettingsFragment = graphql(`
  fragment OrganisationSettings on Organisation {
    ...OrganisationRef
    kind
    country
    timeZone
  }
`);

/** An organisation with the country it works in: a partner to choose, a sender, a party. */
export const organisationWithCountryFragment = graphql(`
  fragment OrganisationWithCountry on Organisation {
    id
    name
    nameLatin
    nameArabic
    country
  }
`);

/** When a follow-up task of an outreach activity or a consultation is due, and whether it is done (the lists). */
export const followUpTaskDueFragment = graphql(`
  fragment FollowUpTaskDue on FollowUpTask {
    dueOn
    doneAt
  }
`);

/** A follow-up task as the record's page shows it: what, when, whose, done. */
export const followUpTaskDetailsFragment = graphql(`
  fragment FollowUpTaskDetails on FollowUpTask {
    ...FollowUpTaskDue
    description
    owner {
      ...StaffRef
    }
  }
`);

/** How a returnee is named in lists and cards. */
export const returneeNameFragment = graphql(`
  fragment ReturneeName on Returnee {
    firstName
    lastName
  }
`);

export const moneyFieldsFragment = graphql(`
  fragment MoneyFields on Money {
    amountMinor
    currency
  }
`);

// One page of each connection a list pages through (usePagedQuery + relayStylePagination): how
// many there are in all, where the next page starts, and the rows as the list shows them.

export const agreementPageFragment = graphql(`
  fragment AgreementPage on CooperationAgreementConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...AgreementListItem
      }
    }
  }
`);

export const caseListPageFragment = graphql(`
  fragment CaseListPage on ReferralCaseConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...CaseListItem
      }
    }
  }
`);

export const referralListPageFragment = graphql(`
  fragment ReferralListPage on ReferralConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ReferralListItem
      }
    }
  }
`);

export const supervisionListPageFragment = graphql(`
  fragment SupervisionListPage on SupervisionSessionConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...SupervisionListItem
      }
    }
  }
`);

export const notificationPageFragment = graphql(`
  fragment NotificationPage on NotificationConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...NotificationItem
      }
    }
  }
`);

export const userListPageFragment = graphql(`
  fragment UserListPage on UserConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...UserListItem
      }
    }
  }
`);

export const auditEventPageFragment = graphql(`
  fragment AuditEventPage on AuditEventConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...AuditEventItem
      }
    }
  }
`);

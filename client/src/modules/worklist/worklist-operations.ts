import { graphql } from '../../gql';

// Each list of the worklist is a connection (a first page of 20 by default, then "show more"
// through its own page query below). The cache appends a further page to the list shown
// (relayStylePagination on Worklist's fields: core/apollo/create-apollo-client.ts).

export const worklistCaseItemFragment = graphql(`
  fragment WorklistCaseItem on CaseWorkItem {
    reason
    reasons
    since
    case {
      id
      number
      status
      plannedDeparture
      returnee {
        ...ReturneeName
      }
    }
  }
`);

export const worklistReferralFragment = graphql(`
  fragment WorklistReferral on Referral {
    id
    sentAt
    expiresAt
    from {
      ...OrganisationRef
    }
    case {
      id
      number
      returnee {
        ...ReturneeName
      }
    }
  }
`);

export const worklistOverdueCaseFragment = graphql(`
  fragment WorklistOverdueCase on ReferralCase {
    id
    number
    viewerIsOwner
    organisation {
      ...OrganisationRef
    }
    returnee {
      ...ReturneeName
    }
    followUp {
      nextVisitOn
      partner {
        ...OrganisationRef
      }
    }
  }
`);

export const worklistActionItemFragment = graphql(`
  fragment WorklistActionItem on SupervisionActionItem {
    action {
      id
      description
      dueOn
      overdue
    }
    session {
      id
      heldOn
      organisation {
        ...OrganisationRef
      }
      partner {
        ...OrganisationRef
      }
    }
  }
`);

/** A page of one list: its total, where it goes on, and its items (the first page and "show more" ask the same). */
export const worklistCasesListFragment = graphql(`
  fragment WorklistCasesList on CaseWorkItemConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...WorklistCaseItem
      }
    }
  }
`);

export const worklistReferralsListFragment = graphql(`
  fragment WorklistReferralsList on ReferralConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...WorklistReferral
      }
    }
  }
`);

export const worklistOverdueListFragment = graphql(`
  fragment WorklistOverdueList on ReferralCaseConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...WorklistOverdueCase
      }
    }
  }
`);

export const worklistActionsListFragment = graphql(`
  fragment WorklistActionsList on SupervisionActionItemConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...WorklistActionItem
      }
    }
  }
`);

/** The first page of every list, in one request. */
export const myWorklistQuery = graphql(`
  query MyWorklist {
    myWorklist {
      casesNeedingAction {
        ...WorklistCasesList
      }
      referralsAwaitingAnswer {
        ...WorklistReferralsList
      }
      overdueFollowUps {
        ...WorklistOverdueList
      }
      supervisionActionsDue {
        ...WorklistActionsList
      }
    }
  }
`);

/** The next page of one list only ("show more"): the other lists are neither asked for nor computed. */
export const worklistCasesPageQuery = graphql(`
  query WorklistCasesPage($after: String!) {
    myWorklist {
      casesNeedingAction(after: $after) {
        ...WorklistCasesList
      }
    }
  }
`);

export const worklistReferralsPageQuery = graphql(`
  query WorklistReferralsPage($after: String!) {
    myWorklist {
      referralsAwaitingAnswer(after: $after) {
        ...WorklistReferralsList
      }
    }
  }
`);

export const worklistOverduePageQuery = graphql(`
  query WorklistOverduePage($after: String!) {
    myWorklist {
      overdueFollowUps(after: $after) {
        ...WorklistOverdueList
      }
    }
  }
`);

export const worklistActionsPageQuery = graphql(`
  query WorklistActionsPage($after: String!) {
    myWorklist {
      supervisionActionsDue(after: $after) {
        ...WorklistActionsList
      }
    }
  }
`);

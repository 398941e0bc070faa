import { graphql } from '../../gql';

export const supervisionPageSize = 20;

export const supervisionPersonFragment = graphql(`
  fragment SupervisionPerson on StaffMember {
    id
    name
    nameLatin
    nameArabic
    organisation {
      ...OrganisationRef
    }
  }
`);

export const supervisionActionFragment = graphql(`
  fragment SupervisionActionItem on SupervisionAction {
    id
    description
    dueOn
    done
    doneAt
    overdue
    owner {
      ...SupervisionPerson
    }
  }
`);

export const supervisionListItemFragment = graphql(`
  fragment SupervisionListItem on SupervisionSession {
    id
    heldOn
    mode
    topics
    organisation {
      ...OrganisationRef
    }
    partner {
      ...OrganisationRef
    }
    actions {
      id
      done
      overdue
    }
  }
`);

export const supervisionSessionsQuery = graphql(`
  query SupervisionSessions($first: Int!, $after: String) {
    supervisionSessions(first: $first, after: $after) {
      ...SupervisionListPage
    }
  }
`);

export const supervisionCommentFragment = graphql(`
  fragment SupervisionCommentItem on SupervisionComment {
    id
    body
    createdAt
    author {
      ...SupervisionPerson
    }
  }
`);

export const supervisionDetailsFragment = graphql(`
  fragment SupervisionDetails on SupervisionSession {
    ...SupervisionListItem
    notes
    version
    createdAt
    viewerCanEdit
    viewerCanComment
    createdBy {
      ...SupervisionPerson
    }
    participants {
      ...SupervisionPerson
    }
    notesHistory {
      id
      notes
      changedAt
      changedBy {
        ...SupervisionPerson
      }
    }
    actions {
      ...SupervisionActionItem
    }
    comments {
      ...SupervisionCommentItem
    }
    linkedCases {
      id
      number
      status
      returnee {
        ...ReturneeName
      }
    }
    linkedCasesHidden
  }
`);

export const supervisionSessionQuery = graphql(`
  query SupervisionSession($id: ID!) {
    supervisionSession(id: $id) {
      ...SupervisionDetails
    }
  }
`);

export const supervisionPartnersQuery = graphql(`
  query SupervisionPartners {
    supervisionPartners {
      ...OrganisationWithCountry
    }
  }
`);

export const supervisionCandidatesQuery = graphql(`
  query SupervisionCandidates($partnerId: ID!) {
    supervisionCandidates(partnerId: $partnerId) {
      ...SupervisionPerson
    }
  }
`);

/** The viewer's own cases referred to the partner, to link to a session (the server keeps only those both sides may see). */
export const supervisionCaseOptionsQuery = graphql(`
  query SupervisionCaseOptions($partnerId: ID!, $first: Int!) {
    cases(filter: { partnerId: $partnerId }, first: $first) {
      totalCount
      edges {
        node {
          id
          number
          returnee {
            ...ReturneeName
          }
          referrals {
            id
            status
            to {
              id
            }
          }
        }
      }
    }
  }
`);

export const createSupervisionSessionMutation = graphql(`
  mutation CreateSupervisionSession($input: CreateSupervisionSessionInput!) {
    createSupervisionSession(input: $input) {
      ...SupervisionDetails
    }
  }
`);

export const updateSupervisionNotesMutation = graphql(`
  mutation UpdateSupervisionNotes($input: UpdateSupervisionNotesInput!) {
    updateSupervisionNotes(input: $input) {
      ...SupervisionDetails
    }
  }
`);

export const addSupervisionActionMutation = graphql(`
  mutation AddSupervisionAction($input: AddSupervisionActionInput!) {
    addSupervisionAction(input: $input) {
      ...SupervisionDetails
    }
  }
`);

export const setSupervisionActionDoneMutation = graphql(`
  mutation SetSupervisionActionDone($id: ID!, $done: Boolean!) {
    setSupervisionActionDone(id: $id, done: $done) {
      ...SupervisionActionItem
    }
  }
`);

export const addSupervisionCommentMutation = graphql(`
  mutation AddSupervisionComment($input: AddSupervisionCommentInput!) {
    addSupervisionComment(input: $input) {
      ...SupervisionCommentItem
    }
  }
`);

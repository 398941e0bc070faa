import { graphql } from '../../gql';

export const outreachPageSize = 20;
/** A month rarely holds more; a busier one shows "load more" under the calendar. */
export const outreachMonthSize = 100;

export const outreachListItemFragment = graphql(`
  fragment OutreachListItem on OutreachActivity {
    id
    kind
    title
    heldOn
    durationMinutes
    topics
    focusCountries
    participants
    contacts {
      id
      name
    }
    followUpTask {
      ...FollowUpTaskDue
    }
  }
`);

export const outreachListPageFragment = graphql(`
  fragment OutreachListPage on OutreachActivityConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...OutreachListItem
      }
    }
  }
`);

export const outreachActivitiesQuery = graphql(`
  query OutreachActivities($filter: OutreachFilter, $first: Int!, $after: String) {
    outreachActivities(filter: $filter, first: $first, after: $after) {
      ...OutreachListPage
    }
  }
`);

export const outreachDetailsFragment = graphql(`
  fragment OutreachDetails on OutreachActivity {
    ...OutreachListItem
    version
    languages
    notes
    participantsWomen
    participantsMen
    participantsUnder18
    createdAt
    updatedAt
    createdBy {
      ...StaffRef
    }
    heldBy {
      ...StaffRef
    }
    people {
      id
      name
      roleTitle
    }
    followUpTask {
      ...FollowUpTaskDetails
    }
  }
`);

export const outreachActivityQuery = graphql(`
  query OutreachActivity($id: ID!) {
    outreachActivity(id: $id) {
      ...OutreachDetails
    }
  }
`);

/** The directory, searched by name, to pick the organisations an activity involved. */
export const outreachContactOptionsQuery = graphql(`
  query OutreachContactOptions($text: String, $first: Int!) {
    contactOrganisations(filter: { text: $text }, first: $first) {
      edges {
        node {
          id
          name
          kind
          focusCountries
          languages
        }
      }
    }
  }
`);

/** One directory entry's contact persons, to name those who took part. */
export const outreachContactPeopleQuery = graphql(`
  query OutreachContactPeople($id: ID!) {
    contactOrganisation(id: $id) {
      id
      name
      people {
        id
        name
        roleTitle
      }
    }
  }
`);

/** The organisation's own staff, of every role: who may hold an activity or own its follow-up. */
export const outreachStaffQuery = graphql(`
  query OutreachStaff {
    colleagues {
      ...StaffRef
    }
  }
`);

export const recordOutreachActivityMutation = graphql(`
  mutation RecordOutreachActivity($input: RecordOutreachActivityInput!) {
    recordOutreachActivity(input: $input) {
      ...OutreachDetails
    }
  }
`);

export const updateOutreachActivityMutation = graphql(`
  mutation UpdateOutreachActivity($input: UpdateOutreachActivityInput!) {
    updateOutreachActivity(input: $input) {
      ...OutreachDetails
    }
  }
`);

export const deleteOutreachActivityMutation = graphql(`
  mutation DeleteOutreachActivity($id: ID!) {
    deleteOutreachActivity(id: $id)
  }
`);

export const completeOutreachFollowUpMutation = graphql(`
  mutation CompleteOutreachFollowUp($id: ID!) {
    completeOutreachFollowUp(id: $id) {
      ...OutreachDetails
    }
  }
`);

export const outreachFollowUpsDueQuery = graphql(`
  query OutreachFollowUpsDue($after: String) {
    myWorklist {
      outreachFollowUpsDue(after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            overdue
            task {
              description
              dueOn
            }
            activity {
              id
              title
              heldOn
            }
            consultation {
              id
              heldOn
              question
            }
          }
        }
      }
    }
  }
`);

/** The name of the directory entry the list is filtered by (from the address bar). */
export const outreachContactNameQuery = graphql(`
  query OutreachContactName($id: ID!) {
    contactOrganisation(id: $id) {
      id
      name
    }
  }
`);

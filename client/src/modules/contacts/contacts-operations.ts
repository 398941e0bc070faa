import { graphql } from '../../gql';

export const contactsPageSize = 20;
export const timelinePageSize = 10;

export const contactListItemFragment = graphql(`
  fragment ContactListItem on ContactOrganisation {
    id
    name
    kind
    status
    focusCountries
    languages
    district
    archived
  }
`);

export const contactPersonFieldsFragment = graphql(`
  fragment ContactPersonFields on ContactPerson {
    id
    name
    roleTitle
    phone
    email
    preferredLanguage
    version
  }
`);

export const contactDetailFragment = graphql(`
  fragment ContactDetail on ContactOrganisation {
    ...ContactListItem
    address
    website
    version
    createdAt
    archivedAt
    letterOfIntent {
      id
      fileName
      contentType
      size
      url
    }
    people {
      ...ContactPersonFields
    }
    statusHistory {
      id
      fromStatus
      toStatus
      note
      changedAt
      changedBy {
        ...StaffRef
      }
    }
  }
`);

export const contactOrganisationsQuery = graphql(`
  query ContactOrganisations($first: Int!, $after: String, $filter: ContactFilter) {
    contactOrganisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ContactListItem
        }
      }
    }
  }
`);

export const contactDistrictsQuery = graphql(`
  query ContactDistricts {
    contactDistricts
  }
`);

export const contactOrganisationQuery = graphql(`
  query ContactOrganisation($id: ID!) {
    contactOrganisation(id: $id) {
      ...ContactDetail
    }
  }
`);

/** The contact's outreach activities, newest first (the server's order), a page at a time. */
export const contactTimelineQuery = graphql(`
  query ContactTimeline($first: Int!, $after: String, $filter: OutreachFilter) {
    outreachActivities(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          title
          kind
          heldOn
          topics
          participants
          heldBy {
            ...StaffRef
          }
          people {
            id
            name
          }
        }
      }
    }
  }
`);

export const createContactOrganisationMutation = graphql(`
  mutation CreateContactOrganisation($input: CreateContactOrganisationInput!) {
    createContactOrganisation(input: $input) {
      ...ContactDetail
    }
  }
`);

export const updateContactOrganisationMutation = graphql(`
  mutation UpdateContactOrganisation($input: UpdateContactOrganisationInput!) {
    updateContactOrganisation(input: $input) {
      ...ContactDetail
    }
  }
`);

export const changeContactStatusMutation = graphql(`
  mutation ChangeContactStatus($input: ChangeContactStatusInput!) {
    changeContactStatus(input: $input) {
      ...ContactDetail
    }
  }
`);

export const archiveContactOrganisationMutation = graphql(`
  mutation ArchiveContactOrganisation($id: ID!) {
    archiveContactOrganisation(id: $id) {
      ...ContactDetail
    }
  }
`);

export const restoreContactOrganisationMutation = graphql(`
  mutation RestoreContactOrganisation($id: ID!) {
    restoreContactOrganisation(id: $id) {
      ...ContactDetail
    }
  }
`);

export const removeContactOrganisationMutation = graphql(`
  mutation RemoveContactOrganisation($id: ID!) {
    removeContactOrganisation(id: $id) {
      id
      archived
    }
  }
`);

export const addContactPersonMutation = graphql(`
  mutation AddContactPerson($input: AddContactPersonInput!) {
    addContactPerson(input: $input) {
      ...ContactPersonFields
    }
  }
`);

export const updateContactPersonMutation = graphql(`
  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {
    updateContactPerson(input: $input) {
      ...ContactPersonFields
    }
  }
`);

export const removeContactPersonMutation = graphql(`
  mutation RemoveContactPerson($id: ID!) {
    removeContactPerson(id: $id) {
      ...ContactDetail
    }
  }
`);

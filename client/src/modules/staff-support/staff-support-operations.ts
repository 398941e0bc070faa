import { graphql } from '../../gql';

export const consultationPageSize = 20;

/** City departments offered in the form and the filter: the directory's first page is the whole list in practice. */
export const departmentOptionsLimit = 100;

export const consultationListItemFragment = graphql(`
  fragment ConsultationListItem on StaffConsultation {
    id
    heldOn
    channel
    topic
    department
    district
    minutesSpent
    participants
    departmentContact {
      id
      name
    }
    followUpTask {
      ...FollowUpTaskDue
    }
  }
`);

export const consultationListPageFragment = graphql(`
  fragment ConsultationListPage on StaffConsultationConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ConsultationListItem
      }
    }
  }
`);

export const staffConsultationsQuery = graphql(`
  query StaffConsultations($filter: ConsultationFilter, $first: Int!, $after: String) {
    staffConsultations(filter: $filter, first: $first, after: $after) {
      ...ConsultationListPage
    }
  }
`);

export const consultationDetailsFragment = graphql(`
  fragment ConsultationDetails on StaffConsultation {
    ...ConsultationListItem
    country
    question
    advice
    version
    createdAt
    updatedAt
    createdBy {
      ...StaffRef
    }
    followUpTask {
      ...FollowUpTaskDetails
    }
  }
`);

export const staffConsultationQuery = graphql(`
  query StaffConsultation($id: ID!) {
    staffConsultation(id: $id) {
      ...ConsultationDetails
    }
  }
`);

/** The directory's city departments, by name (the consultation names one of them). */
export const cityDepartmentsQuery = graphql(`
  query CityDepartments($first: Int!) {
    contactOrganisations(filter: { kind: CITY_DEPARTMENT }, first: $first) {
      edges {
        node {
          id
          name
          district
        }
      }
    }
  }
`);

/** Who may own a follow-up: the organisation's own staff, of every role (the viewer is added when not among them). */
export const followUpOwnersQuery = graphql(`
  query ConsultationFollowUpOwners {
    colleagues {
      ...StaffRef
    }
  }
`);

export const recordStaffConsultationMutation = graphql(`
  mutation RecordStaffConsultation($input: RecordStaffConsultationInput!) {
    recordStaffConsultation(input: $input) {
      ...ConsultationDetails
    }
  }
`);

export const updateStaffConsultationMutation = graphql(`
  mutation UpdateStaffConsultation($input: UpdateStaffConsultationInput!) {
    updateStaffConsultation(input: $input) {
      ...ConsultationDetails
    }
  }
`);

export const deleteStaffConsultationMutation = graphql(`
  mutation DeleteStaffConsultation($id: ID!) {
    deleteStaffConsultation(id: $id)
  }
`);

export const completeConsultationFollowUpMutation = graphql(`
  mutation CompleteConsultationFollowUp($id: ID!) {
    completeConsultationFollowUp(id: $id) {
      ...ConsultationDetails
    }
  }
`);

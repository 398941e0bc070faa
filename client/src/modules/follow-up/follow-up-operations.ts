import { graphql } from '../../gql';

export const sustainabilityScoreFieldsFragment = graphql(`
  fragment SustainabilityScoreFields on SustainabilityScores {
    economic
    social
    psychosocial
    overall
  }
`);

/** Everything the follow-up section shows; mutations that return a FollowUp return exactly this. */
export const followUpDetailsFragment = graphql(`
  fragment FollowUpDetails on FollowUp {
    partner {
      ...OrganisationWithCountry
    }
    arrival {
      arrivedOn
      notes
      recordedBy {
        ...StaffRef
      }
      recordedAt
    }
    plan {
      id
      version
      goals {
        id
        domain
        description
        status
        targetDate
      }
      budget {
        ...MoneyFields
      }
      updatedBy {
        ...StaffRef
      }
      updatedAt
    }
    visits {
      id
      visitedOn
      mode
      domainStatuses {
        domain
        status
      }
      narrative
      nextVisitOn
      overdue
      recordedBy {
        ...StaffRef
      }
      recordedAt
    }
    assessments {
      id
      assessedOn
      answers {
        indicator
        value
      }
      scores {
        ...SustainabilityScoreFields
      }
      recordedBy {
        ...StaffRef
      }
      recordedAt
    }
    overdue
    nextVisitOn
    viewerCanWrite
  }
`);

/** The follow-up on the case itself (FollowUp has no id of its own: it lives on its case). */
export const caseFollowUpFragment = graphql(`
  fragment CaseFollowUp on ReferralCase {
    id
    followUp {
      ...FollowUpDetails
    }
  }
`);

export const followUpQuery = graphql(`
  query FollowUp($caseId: ID!) {
    case(id: $caseId) {
      ...CaseFollowUp
    }
    sustainabilityIndicators {
      indicator
      dimension
    }
  }
`);

export const confirmArrivalMutation = graphql(`
  mutation ConfirmArrival($input: ConfirmArrivalInput!) {
    confirmArrival(input: $input) {
      ...FollowUpDetails
    }
  }
`);

export const saveReintegrationPlanMutation = graphql(`
  mutation SaveReintegrationPlan($input: SaveReintegrationPlanInput!) {
    saveReintegrationPlan(input: $input) {
      ...FollowUpDetails
    }
  }
`);

export const recordFollowUpVisitMutation = graphql(`
  mutation RecordFollowUpVisit($input: RecordFollowUpVisitInput!) {
    recordFollowUpVisit(input: $input) {
      id
    }
  }
`);

export const recordSustainabilityAssessmentMutation = graphql(`
  mutation RecordSustainabilityAssessment($input: RecordSustainabilityAssessmentInput!) {
    recordSustainabilityAssessment(input: $input) {
      id
      scores {
        ...SustainabilityScoreFields
      }
    }
  }
`);

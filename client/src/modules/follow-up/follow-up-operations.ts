import { graphql } from '../../gql';

export const sustainabilityScoreFieldsFragment = graphql(`
  fragment SustainabilityScoreFields on SustainabilityScores {
    economic
    social
    psychosocial
    overall
  }
`);

// The parts of a follow-up that the case summary prints as well (case-summary-operations.ts).

export const arrivalFieldsFragment = graphql(`
  fragment ArrivalFields on Arrival {
    arrivedOn
    notes
    recordedBy {
      ...StaffRef
    }
  }
`);

export const planGoalFieldsFragment = graphql(`
  fragment PlanGoalFields on PlanGoal {
    id
    domain
    description
    status
    targetDate
  }
`);

export const followUpVisitFieldsFragment = graphql(`
  fragment FollowUpVisitFields on FollowUpVisit {
    id
    visitedOn
    mode
    domainStatuses {
      domain
      status
    }
    narrative
    nextVisitOn
  }
`);

/** Everything the follow-up section shows; mutations that return a FollowUp return exactly this. */
export const followUpDetailsFragment = graphql(`
  fragment FollowUpDetails on FollowUp {
    partner {
      ...OrganisationWithCountry
    }
    arrival {
      ...ArrivalFields
      recordedAt
    }
    plan {
      id
      version
      goals {
        ...PlanGoalFields
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
      ...FollowUpVisitFields
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

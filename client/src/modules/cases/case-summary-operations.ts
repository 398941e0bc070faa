import { graphql } from '../../gql';

/**
 * The printable summary: the case as its page reads it, and the partner's follow-up. Every part
 * is read through the same fields as the case page, so the server audits it as a read of the case.
 */
export const caseSummaryQuery = graphql(`
  query CaseSummary($id: ID!) {
    case(id: $id) {
      ...CaseDetails
      followUp {
        partner {
          ...OrganisationRef
        }
        arrival {
          ...ArrivalFields
        }
        plan {
          id
          goals {
            ...PlanGoalFields
          }
          budget {
            ...MoneyFields
          }
          updatedAt
        }
        visits {
          ...FollowUpVisitFields
        }
        assessments {
          id
          assessedOn
          scores {
            ...SustainabilityScoreFields
          }
        }
      }
    }
  }
`);

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
          arrivedOn
          notes
          recordedBy {
            ...StaffRef
          }
        }
        plan {
          id
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
        }
        assessments {
          id
          assessedOn
          scores {
            economic
            social
            psychosocial
            overall
          }
        }
      }
    }
  }
`);

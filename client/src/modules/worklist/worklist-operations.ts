import { graphql } from '../../gql';

export const myWorklistQuery = graphql(`
  query MyWorklist {
    myWorklist {
      casesNeedingAction {
        reason
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
      referralsAwaitingAnswer {
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
      overdueFollowUps {
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
      supervisionActionsDue {
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
    }
  }
`);

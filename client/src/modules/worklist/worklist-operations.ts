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
            firstName
            lastName
          }
        }
      }
      referralsAwaitingAnswer {
        id
        sentAt
        expiresAt
        from {
          id
          name
        }
        case {
          id
          number
          returnee {
            firstName
            lastName
          }
        }
      }
      overdueFollowUps {
        id
        number
        viewerIsOwner
        organisation {
          id
          name
        }
        returnee {
          firstName
          lastName
        }
        followUp {
          nextVisitOn
          partner {
            id
            name
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
            id
            name
          }
          partner {
            id
            name
          }
        }
      }
    }
  }
`);

import { graphql } from '../../gql';

export const caseMessageFragment = graphql(`
  fragment CaseMessageItem on CaseMessage {
    id
    body
    sentAt
    mine
    author {
      ...StaffRef
    }
    organisation {
      ...OrganisationRef
    }
    attachments {
      id
      fileName
      contentType
      size
      url
    }
  }
`);

/** Every thread on the case the viewer may read: one per referral, oldest message first. */
export const caseMessagesQuery = graphql(`
  query CaseMessages($caseId: ID!) {
    case(id: $caseId) {
      id
      referrals {
        id
        unreadMessageCount
        messages {
          ...CaseMessageItem
        }
      }
    }
  }
`);

export const sendCaseMessageMutation = graphql(`
  mutation SendCaseMessage($input: SendCaseMessageInput!) {
    sendCaseMessage(input: $input) {
      ...CaseMessageItem
    }
  }
`);

export const markCaseMessagesReadMutation = graphql(`
  mutation MarkCaseMessagesRead($referralId: ID!) {
    markCaseMessagesRead(referralId: $referralId) {
      id
      unreadMessageCount
    }
  }
`);

/** What a case page needs to know of a live notification: which case it is about, and why. */
export const caseActivitySubscription = graphql(`
  subscription CaseActivity {
    notificationAdded {
      id
      kind
      caseId
      referralId
    }
  }
`);

import { graphql } from '../../gql';

export const agreementPageSize = 20;

export const agreementListItemFragment = graphql(`
  fragment AgreementListItem on CooperationAgreement {
    id
    referenceNumber
    title
    scopes
    validFrom
    validTo
    responseTimeDays
    status
    viewerCanConfirm
    viewerCanTerminate
    parties {
      confirmedAt
      organisation {
        ...OrganisationWithCountry
      }
    }
  }
`);

export const agreementDetailFragment = graphql(`
  fragment AgreementDetail on CooperationAgreement {
    ...AgreementListItem
    createdAt
    terminatedAt
    terminationReason
    proposedBy {
      ...OrganisationRef
    }
    terminatedBy {
      ...OrganisationRef
    }
  }
`);

export const agreementsQuery = graphql(`
  query Agreements($first: Int!, $after: String) {
    agreements(first: $first, after: $after) {
      ...AgreementPage
    }
  }
`);

export const agreementQuery = graphql(`
  query Agreement($id: ID!) {
    agreement(id: $id) {
      ...AgreementDetail
    }
  }
`);

/** The directory, to choose partners from (it is small: a page of 100 holds it today). */
export const partnerDirectoryQuery = graphql(`
  query PartnerDirectory($first: Int!, $after: String) {
    organisations(first: $first, after: $after) {
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          name
          nameLatin
          nameArabic
          kind
          country
        }
      }
    }
  }
`);

export const proposeAgreementMutation = graphql(`
  mutation ProposeAgreement($input: ProposeAgreementInput!) {
    proposeAgreement(input: $input) {
      ...AgreementDetail
    }
  }
`);

export const confirmAgreementMutation = graphql(`
  mutation ConfirmAgreement($id: ID!) {
    confirmAgreement(id: $id) {
      ...AgreementDetail
    }
  }
`);

export const terminateAgreementMutation = graphql(`
  mutation TerminateAgreement($id: ID!, $reason: String!) {
    terminateAgreement(id: $id, reason: $reason) {
      ...AgreementDetail
    }
  }
`);

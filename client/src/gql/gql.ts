/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    language\n    active\n    organisation {\n      id\n      name\n      kind\n      country\n      timeZone\n      defaultLanguage\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionPayloadFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionPayload\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      ...SessionUser\n    }\n  }\n": typeof types.SetMyLanguageDocument,
    "\n  fragment AgreementListItem on CooperationAgreement {\n    id\n    referenceNumber\n    title\n    scopes\n    validFrom\n    validTo\n    responseTimeDays\n    status\n    viewerCanConfirm\n    viewerCanTerminate\n    parties {\n      confirmedAt\n      organisation {\n        id\n        name\n        country\n      }\n    }\n  }\n": typeof types.AgreementListItemFragmentDoc,
    "\n  fragment AgreementDetail on CooperationAgreement {\n    ...AgreementListItem\n    createdAt\n    terminatedAt\n    terminationReason\n    proposedBy {\n      id\n      name\n    }\n    terminatedBy {\n      id\n      name\n    }\n  }\n": typeof types.AgreementDetailFragmentDoc,
    "\n  query Agreements($first: Int!, $after: String) {\n    agreements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AgreementListItem\n        }\n      }\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n": typeof types.AgreementDocument,
    "\n  query PartnerDirectory($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          country\n        }\n      }\n    }\n  }\n": typeof types.PartnerDirectoryDocument,
    "\n  mutation ProposeAgreement($input: ProposeAgreementInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementDetail\n    }\n  }\n": typeof types.ProposeAgreementDocument,
    "\n  mutation ConfirmAgreement($id: ID!) {\n    confirmAgreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n": typeof types.ConfirmAgreementDocument,
    "\n  mutation TerminateAgreement($id: ID!, $reason: String!) {\n    terminateAgreement(id: $id, reason: $reason) {\n      ...AgreementDetail\n    }\n  }\n": typeof types.TerminateAgreementDocument,
    "\n  query HomeProfile {\n    me {\n      id\n      name\n      email\n      roles\n      language\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        country\n        timeZone\n      }\n    }\n  }\n": typeof types.HomeProfileDocument,
    "\n  fragment ReferralState on Referral {\n    id\n    status\n    allowedActions\n    declineReason\n    respondedAt\n    revokedAt\n    completedAt\n    respondedBy {\n      id\n      name\n    }\n  }\n": typeof types.ReferralStateFragmentDoc,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralState\n    }\n  }\n": typeof types.DeclineReferralDocument,
    "\n  mutation RevokeReferral($id: ID!) {\n    revokeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": typeof types.RevokeReferralDocument,
    "\n  mutation CompleteReferral($id: ID!) {\n    completeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": typeof types.CompleteReferralDocument,
    "\n  fragment ReferralListItem on Referral {\n    id\n    status\n    sections\n    sentAt\n    expiresAt\n    respondedAt\n    allowedActions\n    from {\n      id\n      name\n      country\n    }\n    sentBy {\n      id\n      name\n    }\n    case {\n      id\n      number\n      destinationCountry\n      destinationPlace\n      returnee {\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.ReferralListItemFragmentDoc,
    "\n  query ReferralInbox($first: Int!, $after: String) {\n    referralInbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n": typeof types.ReferralInboxDocument,
    "\n  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {\n    incomingReferrals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n": typeof types.IncomingReferralsDocument,
    "\n  fragment UserListItem on User {\n    id\n    name\n    email\n    roles\n    language\n    active\n    createdAt\n  }\n": typeof types.UserListItemFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {\n    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...UserListItem\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUserRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      ...UserListItem\n    }\n  }\n": typeof types.UpdateUserRolesDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserListItem\n    }\n  }\n": typeof types.DeactivateUserDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    language\n    active\n    organisation {\n      id\n      name\n      kind\n      country\n      timeZone\n      defaultLanguage\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      ...SessionUser\n    }\n  }\n": types.SessionPayloadFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionPayload\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      ...SessionUser\n    }\n  }\n": types.SetMyLanguageDocument,
    "\n  fragment AgreementListItem on CooperationAgreement {\n    id\n    referenceNumber\n    title\n    scopes\n    validFrom\n    validTo\n    responseTimeDays\n    status\n    viewerCanConfirm\n    viewerCanTerminate\n    parties {\n      confirmedAt\n      organisation {\n        id\n        name\n        country\n      }\n    }\n  }\n": types.AgreementListItemFragmentDoc,
    "\n  fragment AgreementDetail on CooperationAgreement {\n    ...AgreementListItem\n    createdAt\n    terminatedAt\n    terminationReason\n    proposedBy {\n      id\n      name\n    }\n    terminatedBy {\n      id\n      name\n    }\n  }\n": types.AgreementDetailFragmentDoc,
    "\n  query Agreements($first: Int!, $after: String) {\n    agreements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AgreementListItem\n        }\n      }\n    }\n  }\n": types.AgreementsDocument,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n": types.AgreementDocument,
    "\n  query PartnerDirectory($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          country\n        }\n      }\n    }\n  }\n": types.PartnerDirectoryDocument,
    "\n  mutation ProposeAgreement($input: ProposeAgreementInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementDetail\n    }\n  }\n": types.ProposeAgreementDocument,
    "\n  mutation ConfirmAgreement($id: ID!) {\n    confirmAgreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n": types.ConfirmAgreementDocument,
    "\n  mutation TerminateAgreement($id: ID!, $reason: String!) {\n    terminateAgreement(id: $id, reason: $reason) {\n      ...AgreementDetail\n    }\n  }\n": types.TerminateAgreementDocument,
    "\n  query HomeProfile {\n    me {\n      id\n      name\n      email\n      roles\n      language\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        country\n        timeZone\n      }\n    }\n  }\n": types.HomeProfileDocument,
    "\n  fragment ReferralState on Referral {\n    id\n    status\n    allowedActions\n    declineReason\n    respondedAt\n    revokedAt\n    completedAt\n    respondedBy {\n      id\n      name\n    }\n  }\n": types.ReferralStateFragmentDoc,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralState\n    }\n  }\n": types.DeclineReferralDocument,
    "\n  mutation RevokeReferral($id: ID!) {\n    revokeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": types.RevokeReferralDocument,
    "\n  mutation CompleteReferral($id: ID!) {\n    completeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": types.CompleteReferralDocument,
    "\n  fragment ReferralListItem on Referral {\n    id\n    status\n    sections\n    sentAt\n    expiresAt\n    respondedAt\n    allowedActions\n    from {\n      id\n      name\n      country\n    }\n    sentBy {\n      id\n      name\n    }\n    case {\n      id\n      number\n      destinationCountry\n      destinationPlace\n      returnee {\n        firstName\n        lastName\n      }\n    }\n  }\n": types.ReferralListItemFragmentDoc,
    "\n  query ReferralInbox($first: Int!, $after: String) {\n    referralInbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n": types.ReferralInboxDocument,
    "\n  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {\n    incomingReferrals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n": types.IncomingReferralsDocument,
    "\n  fragment UserListItem on User {\n    id\n    name\n    email\n    roles\n    language\n    active\n    createdAt\n  }\n": types.UserListItemFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {\n    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...UserListItem\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUserRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      ...UserListItem\n    }\n  }\n": types.UpdateUserRolesDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserListItem\n    }\n  }\n": types.DeactivateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    language\n    active\n    organisation {\n      id\n      name\n      kind\n      country\n      timeZone\n      defaultLanguage\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    language\n    active\n    organisation {\n      id\n      name\n      kind\n      country\n      timeZone\n      defaultLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementListItem on CooperationAgreement {\n    id\n    referenceNumber\n    title\n    scopes\n    validFrom\n    validTo\n    responseTimeDays\n    status\n    viewerCanConfirm\n    viewerCanTerminate\n    parties {\n      confirmedAt\n      organisation {\n        id\n        name\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementListItem on CooperationAgreement {\n    id\n    referenceNumber\n    title\n    scopes\n    validFrom\n    validTo\n    responseTimeDays\n    status\n    viewerCanConfirm\n    viewerCanTerminate\n    parties {\n      confirmedAt\n      organisation {\n        id\n        name\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementDetail on CooperationAgreement {\n    ...AgreementListItem\n    createdAt\n    terminatedAt\n    terminationReason\n    proposedBy {\n      id\n      name\n    }\n    terminatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementDetail on CooperationAgreement {\n    ...AgreementListItem\n    createdAt\n    terminatedAt\n    terminationReason\n    proposedBy {\n      id\n      name\n    }\n    terminatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($first: Int!, $after: String) {\n    agreements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AgreementListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agreements($first: Int!, $after: String) {\n    agreements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...AgreementListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n"): (typeof documents)["\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDirectory($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDirectory($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAgreement($input: ProposeAgreementInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeAgreement($input: ProposeAgreementInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAgreement($id: ID!) {\n    confirmAgreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmAgreement($id: ID!) {\n    confirmAgreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateAgreement($id: ID!, $reason: String!) {\n    terminateAgreement(id: $id, reason: $reason) {\n      ...AgreementDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateAgreement($id: ID!, $reason: String!) {\n    terminateAgreement(id: $id, reason: $reason) {\n      ...AgreementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeProfile {\n    me {\n      id\n      name\n      email\n      roles\n      language\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        country\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeProfile {\n    me {\n      id\n      name\n      email\n      roles\n      language\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        country\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralState on Referral {\n    id\n    status\n    allowedActions\n    declineReason\n    respondedAt\n    revokedAt\n    completedAt\n    respondedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralState on Referral {\n    id\n    status\n    allowedActions\n    declineReason\n    respondedAt\n    revokedAt\n    completedAt\n    respondedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralState\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReferral($id: ID!) {\n    revokeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeReferral($id: ID!) {\n    revokeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteReferral($id: ID!) {\n    completeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteReferral($id: ID!) {\n    completeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralListItem on Referral {\n    id\n    status\n    sections\n    sentAt\n    expiresAt\n    respondedAt\n    allowedActions\n    from {\n      id\n      name\n      country\n    }\n    sentBy {\n      id\n      name\n    }\n    case {\n      id\n      number\n      destinationCountry\n      destinationPlace\n      returnee {\n        firstName\n        lastName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralListItem on Referral {\n    id\n    status\n    sections\n    sentAt\n    expiresAt\n    respondedAt\n    allowedActions\n    from {\n      id\n      name\n      country\n    }\n    sentBy {\n      id\n      name\n    }\n    case {\n      id\n      number\n      destinationCountry\n      destinationPlace\n      returnee {\n        firstName\n        lastName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralInbox($first: Int!, $after: String) {\n    referralInbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralInbox($first: Int!, $after: String) {\n    referralInbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {\n    incomingReferrals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {\n    incomingReferrals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserListItem on User {\n    id\n    name\n    email\n    roles\n    language\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserListItem on User {\n    id\n    name\n    email\n    roles\n    language\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {\n    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...UserListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {\n    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...UserListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      ...UserListItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      ...UserListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserListItem\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserListItem\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
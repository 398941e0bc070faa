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
    "\n  fragment SessionUser on User {\n    ...UserAccount\n    organisation {\n      ...OrganisationSettings\n      defaultLanguage\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionPayloadFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionPayload\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      ...SessionUser\n    }\n  }\n": typeof types.SetMyLanguageDocument,
    "\n  query SessionMe {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionMeDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment StaffRef on StaffMember {\n    id\n    name\n    nameLatin\n    nameArabic\n  }\n": typeof types.StaffRefFragmentDoc,
    "\n  fragment UserIdentity on User {\n    id\n    name\n    nameLatin\n    nameArabic\n    email\n    roles\n    language\n  }\n": typeof types.UserIdentityFragmentDoc,
    "\n  fragment UserAccount on User {\n    ...UserIdentity\n    active\n    mustChangePassword\n  }\n": typeof types.UserAccountFragmentDoc,
    "\n  fragment OrganisationRef on Organisation {\n    id\n    name\n    nameLatin\n    nameArabic\n  }\n": typeof types.OrganisationRefFragmentDoc,
    "\n  fragment OrganisationSettings on Organisation {\n    ...OrganisationRef\n    kind\n    country\n    timeZone\n  }\n": typeof types.OrganisationSettingsFragmentDoc,
    "\n  fragment OrganisationWithCountry on Organisation {\n    id\n    name\n    nameLatin\n    nameArabic\n    country\n  }\n": typeof types.OrganisationWithCountryFragmentDoc,
    "\n  fragment FollowUpTaskDue on FollowUpTask {\n    dueOn\n    doneAt\n  }\n": typeof types.FollowUpTaskDueFragmentDoc,
    "\n  fragment FollowUpTaskDetails on FollowUpTask {\n    ...FollowUpTaskDue\n    description\n    owner {\n      ...StaffRef\n    }\n  }\n": typeof types.FollowUpTaskDetailsFragmentDoc,
    "\n  fragment ReturneeName on Returnee {\n    firstName\n    lastName\n  }\n": typeof types.ReturneeNameFragmentDoc,
    "\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n  }\n": typeof types.MoneyFieldsFragmentDoc,
    "\n  fragment AgreementPage on CooperationAgreementConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AgreementListItem\n      }\n    }\n  }\n": typeof types.AgreementPageFragmentDoc,
    "\n  fragment CaseListPage on ReferralCaseConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CaseListItem\n      }\n    }\n  }\n": typeof types.CaseListPageFragmentDoc,
    "\n  fragment ReferralListPage on ReferralConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...ReferralListItem\n      }\n    }\n  }\n": typeof types.ReferralListPageFragmentDoc,
    "\n  fragment SupervisionListPage on SupervisionSessionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SupervisionListItem\n      }\n    }\n  }\n": typeof types.SupervisionListPageFragmentDoc,
    "\n  fragment NotificationPage on NotificationConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n": typeof types.NotificationPageFragmentDoc,
    "\n  fragment UserListPage on UserConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...UserListItem\n      }\n    }\n  }\n": typeof types.UserListPageFragmentDoc,
    "\n  fragment AuditEventPage on AuditEventConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AuditEventItem\n      }\n    }\n  }\n": typeof types.AuditEventPageFragmentDoc,
    "\n  fragment AgreementListItem on CooperationAgreement {\n    id\n    referenceNumber\n    title\n    scopes\n    validFrom\n    validTo\n    responseTimeDays\n    status\n    viewerCanConfirm\n    viewerCanTerminate\n    parties {\n      confirmedAt\n      organisation {\n        ...OrganisationWithCountry\n      }\n    }\n  }\n": typeof types.AgreementListItemFragmentDoc,
    "\n  fragment AgreementDetail on CooperationAgreement {\n    ...AgreementListItem\n    createdAt\n    terminatedAt\n    terminationReason\n    proposedBy {\n      ...OrganisationRef\n    }\n    terminatedBy {\n      ...OrganisationRef\n    }\n  }\n": typeof types.AgreementDetailFragmentDoc,
    "\n  query Agreements($first: Int!, $after: String) {\n    agreements(first: $first, after: $after) {\n      ...AgreementPage\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n": typeof types.AgreementDocument,
    "\n  query PartnerDirectory($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameLatin\n          nameArabic\n          kind\n          country\n        }\n      }\n    }\n  }\n": typeof types.PartnerDirectoryDocument,
    "\n  mutation ProposeAgreement($input: ProposeAgreementInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementDetail\n    }\n  }\n": typeof types.ProposeAgreementDocument,
    "\n  mutation ConfirmAgreement($id: ID!) {\n    confirmAgreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n": typeof types.ConfirmAgreementDocument,
    "\n  mutation TerminateAgreement($id: ID!, $reason: String!) {\n    terminateAgreement(id: $id, reason: $reason) {\n      ...AgreementDetail\n    }\n  }\n": typeof types.TerminateAgreementDocument,
    "\n  mutation SetMyFirstPassword($input: SetFirstPasswordInput!) {\n    setMyFirstPassword(input: $input)\n  }\n": typeof types.SetMyFirstPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query PasswordResetByEmailAvailable {\n    passwordResetByEmailAvailable\n  }\n": typeof types.PasswordResetByEmailAvailableDocument,
    "\n  fragment CaseSourceFields on CaseSource {\n    kind\n    contactOrganisation {\n      id\n      name\n      kind\n    }\n    outreachActivity {\n      id\n      title\n      heldOn\n    }\n    staffConsultation {\n      id\n      heldOn\n      department\n      departmentContact {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CaseSourceFieldsFragmentDoc,
    "\n  fragment CaseDetails on ReferralCase {\n    id\n    number\n    status\n    closureReason\n    version\n    createdAt\n    updatedAt\n    viewerIsOwner\n    visibleSections\n    organisation {\n      ...OrganisationWithCountry\n    }\n    responsibleCaseworker {\n      ...StaffRef\n    }\n    destinationCountry\n    destinationPlace\n    plannedDeparture\n    actualDeparture\n    supportGranted {\n      ...MoneyFields\n    }\n    source {\n      ...CaseSourceFields\n    }\n    returnee {\n      firstName\n      lastName\n      dateOfBirth\n      sex\n      citizenship\n      languages\n      identityNumber\n      documentLanguage\n    }\n    contact {\n      phone\n      email\n      addressInSweden\n      notes\n    }\n    household {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      sex\n      relation\n      identityNumber\n      travels\n    }\n    needs {\n      description\n    }\n    health {\n      information\n      vulnerabilities\n    }\n    allowedTransitions {\n      to\n      closureReasons\n    }\n    consents {\n      id\n      partner {\n        ...OrganisationRef\n      }\n      sections\n      givenOn\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n      withdrawnAt\n      withdrawnBy {\n        ...StaffRef\n      }\n      form {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n      active\n    }\n    referrals {\n      ...ReferralState\n      from {\n        ...OrganisationRef\n      }\n      to {\n        ...OrganisationRef\n      }\n      sections\n      sentBy {\n        ...StaffRef\n      }\n      sentAt\n      expiresAt\n      coverNote\n    }\n    statusHistory {\n      id\n      from\n      to\n      closureReason\n      changedBy {\n        ...StaffRef\n      }\n      changedAt\n    }\n  }\n": typeof types.CaseDetailsFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      ...CaseDetails\n    }\n  }\n": typeof types.ChangeCaseStatusDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      active\n      withdrawnAt\n      withdrawnBy {\n        ...StaffRef\n      }\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation SendReferral($input: SendReferralInput!) {\n    sendReferral(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SendReferralDocument,
    "\n  fragment AuditEventItem on AuditEvent {\n    id\n    occurredAt\n    action\n    entityType\n    entityId\n    requestId\n    actor {\n      ...StaffRef\n    }\n    organisation {\n      ...OrganisationRef\n    }\n  }\n": typeof types.AuditEventItemFragmentDoc,
    "\n  query CaseAuditTrail($id: ID!, $first: Int!, $after: String) {\n    case(id: $id) {\n      id\n      auditTrail(first: $first, after: $after) {\n        ...AuditEventPage\n      }\n    }\n  }\n": typeof types.CaseAuditTrailDocument,
    "\n  fragment ConsentFormSubject on ReferralCase {\n    id\n    number\n    organisation {\n      ...OrganisationRef\n    }\n    returnee {\n      firstName\n      lastName\n      dateOfBirth\n      documentLanguage\n    }\n  }\n": typeof types.ConsentFormSubjectFragmentDoc,
    "\n  query ConsentForm($caseId: ID!, $partnerId: ID!) {\n    case(id: $caseId) {\n      ...ConsentFormSubject\n    }\n    organisation(id: $partnerId) {\n      ...OrganisationRef\n    }\n  }\n": typeof types.ConsentFormDocument,
    "\n  query ConsentFormCase($caseId: ID!) {\n    case(id: $caseId) {\n      ...ConsentFormSubject\n    }\n  }\n": typeof types.ConsentFormCaseDocument,
    "\n  query SessionCheck {\n    me {\n      id\n    }\n  }\n": typeof types.SessionCheckDocument,
    "\n  query CaseSourceContacts($filter: ContactFilter, $first: Int!) {\n    contactOrganisations(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.CaseSourceContactsDocument,
    "\n  query CaseSourceActivities($first: Int!) {\n    outreachActivities(first: $first) {\n      edges {\n        node {\n          id\n          title\n          heldOn\n          contacts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseSourceActivitiesDocument,
    "\n  query CaseSourceConsultations($first: Int!) {\n    staffConsultations(first: $first) {\n      edges {\n        node {\n          id\n          heldOn\n          department\n          district\n          departmentContact {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseSourceConsultationsDocument,
    "\n  query CaseSummary($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n      followUp {\n        partner {\n          ...OrganisationRef\n        }\n        arrival {\n          ...ArrivalFields\n        }\n        plan {\n          id\n          goals {\n            ...PlanGoalFields\n          }\n          budget {\n            ...MoneyFields\n          }\n          updatedAt\n        }\n        visits {\n          ...FollowUpVisitFields\n        }\n        assessments {\n          id\n          assessedOn\n          scores {\n            ...SustainabilityScoreFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseSummaryDocument,
    "\n  fragment CaseListItem on ReferralCase {\n    id\n    number\n    status\n    destinationCountry\n    destinationPlace\n    plannedDeparture\n    updatedAt\n    returnee {\n      ...ReturneeName\n    }\n    responsibleCaseworker {\n      ...StaffRef\n    }\n  }\n": typeof types.CaseListItemFragmentDoc,
    "\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query Caseworkers {\n    caseworkers {\n      ...StaffRef\n    }\n  }\n": typeof types.CaseworkersDocument,
    "\n  query ReferralPartners {\n    referralPartners {\n      ...OrganisationWithCountry\n    }\n  }\n": typeof types.ReferralPartnersDocument,
    "\n  fragment ContactListItem on ContactOrganisation {\n    id\n    name\n    kind\n    status\n    focusCountries\n    languages\n    district\n    archived\n  }\n": typeof types.ContactListItemFragmentDoc,
    "\n  fragment ContactPersonFields on ContactPerson {\n    id\n    name\n    roleTitle\n    phone\n    email\n    preferredLanguage\n    version\n  }\n": typeof types.ContactPersonFieldsFragmentDoc,
    "\n  fragment ContactDetail on ContactOrganisation {\n    ...ContactListItem\n    address\n    website\n    version\n    createdAt\n    archivedAt\n    letterOfIntent {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    people {\n      ...ContactPersonFields\n    }\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      note\n      changedAt\n      changedBy {\n        ...StaffRef\n      }\n    }\n  }\n": typeof types.ContactDetailFragmentDoc,
    "\n  query ContactOrganisations($first: Int!, $after: String, $filter: ContactFilter) {\n    contactOrganisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ContactListItem\n        }\n      }\n    }\n  }\n": typeof types.ContactOrganisationsDocument,
    "\n  query ContactDistricts {\n    contactDistricts\n  }\n": typeof types.ContactDistrictsDocument,
    "\n  query ContactOrganisation($id: ID!) {\n    contactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n": typeof types.ContactOrganisationDocument,
    "\n  query ContactTimeline($first: Int!, $after: String, $filter: OutreachFilter) {\n    outreachActivities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          heldOn\n          topics\n          participants\n          heldBy {\n            ...StaffRef\n          }\n          people {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContactTimelineDocument,
    "\n  mutation CreateContactOrganisation($input: CreateContactOrganisationInput!) {\n    createContactOrganisation(input: $input) {\n      ...ContactDetail\n    }\n  }\n": typeof types.CreateContactOrganisationDocument,
    "\n  mutation UpdateContactOrganisation($input: UpdateContactOrganisationInput!) {\n    updateContactOrganisation(input: $input) {\n      ...ContactDetail\n    }\n  }\n": typeof types.UpdateContactOrganisationDocument,
    "\n  mutation ChangeContactStatus($input: ChangeContactStatusInput!) {\n    changeContactStatus(input: $input) {\n      ...ContactDetail\n    }\n  }\n": typeof types.ChangeContactStatusDocument,
    "\n  mutation ArchiveContactOrganisation($id: ID!) {\n    archiveContactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n": typeof types.ArchiveContactOrganisationDocument,
    "\n  mutation RestoreContactOrganisation($id: ID!) {\n    restoreContactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n": typeof types.RestoreContactOrganisationDocument,
    "\n  mutation RemoveContactOrganisation($id: ID!) {\n    removeContactOrganisation(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.RemoveContactOrganisationDocument,
    "\n  mutation AddContactPerson($input: AddContactPersonInput!) {\n    addContactPerson(input: $input) {\n      ...ContactPersonFields\n    }\n  }\n": typeof types.AddContactPersonDocument,
    "\n  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {\n    updateContactPerson(input: $input) {\n      ...ContactPersonFields\n    }\n  }\n": typeof types.UpdateContactPersonDocument,
    "\n  mutation RemoveContactPerson($id: ID!) {\n    removeContactPerson(id: $id) {\n      ...ContactDetail\n    }\n  }\n": typeof types.RemoveContactPersonDocument,
    "\n  fragment SustainabilityScoreFields on SustainabilityScores {\n    economic\n    social\n    psychosocial\n    overall\n  }\n": typeof types.SustainabilityScoreFieldsFragmentDoc,
    "\n  fragment ArrivalFields on Arrival {\n    arrivedOn\n    notes\n    recordedBy {\n      ...StaffRef\n    }\n  }\n": typeof types.ArrivalFieldsFragmentDoc,
    "\n  fragment PlanGoalFields on PlanGoal {\n    id\n    domain\n    description\n    status\n    targetDate\n  }\n": typeof types.PlanGoalFieldsFragmentDoc,
    "\n  fragment FollowUpVisitFields on FollowUpVisit {\n    id\n    visitedOn\n    mode\n    domainStatuses {\n      domain\n      status\n    }\n    narrative\n    nextVisitOn\n  }\n": typeof types.FollowUpVisitFieldsFragmentDoc,
    "\n  fragment FollowUpDetails on FollowUp {\n    partner {\n      ...OrganisationWithCountry\n    }\n    arrival {\n      ...ArrivalFields\n      recordedAt\n    }\n    plan {\n      id\n      version\n      goals {\n        ...PlanGoalFields\n      }\n      budget {\n        ...MoneyFields\n      }\n      updatedBy {\n        ...StaffRef\n      }\n      updatedAt\n    }\n    visits {\n      ...FollowUpVisitFields\n      overdue\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n    }\n    assessments {\n      id\n      assessedOn\n      answers {\n        indicator\n        value\n      }\n      scores {\n        ...SustainabilityScoreFields\n      }\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n    }\n    overdue\n    nextVisitOn\n    viewerCanWrite\n  }\n": typeof types.FollowUpDetailsFragmentDoc,
    "\n  fragment CaseFollowUp on ReferralCase {\n    id\n    followUp {\n      ...FollowUpDetails\n    }\n  }\n": typeof types.CaseFollowUpFragmentDoc,
    "\n  query FollowUp($caseId: ID!) {\n    case(id: $caseId) {\n      ...CaseFollowUp\n    }\n    sustainabilityIndicators {\n      indicator\n      dimension\n    }\n  }\n": typeof types.FollowUpDocument,
    "\n  mutation ConfirmArrival($input: ConfirmArrivalInput!) {\n    confirmArrival(input: $input) {\n      ...FollowUpDetails\n    }\n  }\n": typeof types.ConfirmArrivalDocument,
    "\n  mutation SaveReintegrationPlan($input: SaveReintegrationPlanInput!) {\n    saveReintegrationPlan(input: $input) {\n      ...FollowUpDetails\n    }\n  }\n": typeof types.SaveReintegrationPlanDocument,
    "\n  mutation RecordFollowUpVisit($input: RecordFollowUpVisitInput!) {\n    recordFollowUpVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFollowUpVisitDocument,
    "\n  mutation RecordSustainabilityAssessment($input: RecordSustainabilityAssessmentInput!) {\n    recordSustainabilityAssessment(input: $input) {\n      id\n      scores {\n        ...SustainabilityScoreFields\n      }\n    }\n  }\n": typeof types.RecordSustainabilityAssessmentDocument,
    "\n  fragment CaseMessageItem on CaseMessage {\n    id\n    body\n    sentAt\n    mine\n    author {\n      ...StaffRef\n    }\n    organisation {\n      ...OrganisationRef\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": typeof types.CaseMessageItemFragmentDoc,
    "\n  query CaseMessages($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      referrals {\n        id\n        unreadMessageCount\n        messages {\n          ...CaseMessageItem\n        }\n      }\n    }\n  }\n": typeof types.CaseMessagesDocument,
    "\n  mutation SendCaseMessage($input: SendCaseMessageInput!) {\n    sendCaseMessage(input: $input) {\n      ...CaseMessageItem\n    }\n  }\n": typeof types.SendCaseMessageDocument,
    "\n  mutation MarkCaseMessagesRead($referralId: ID!) {\n    markCaseMessagesRead(referralId: $referralId) {\n      id\n      unreadMessageCount\n    }\n  }\n": typeof types.MarkCaseMessagesReadDocument,
    "\n  subscription CaseActivity {\n    notificationAdded {\n      id\n      kind\n      caseId\n      referralId\n    }\n  }\n": typeof types.CaseActivityDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      ...NotificationPage\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment OutreachListItem on OutreachActivity {\n    id\n    kind\n    title\n    heldOn\n    durationMinutes\n    topics\n    focusCountries\n    participants\n    contacts {\n      id\n      name\n    }\n    followUpTask {\n      ...FollowUpTaskDue\n    }\n  }\n": typeof types.OutreachListItemFragmentDoc,
    "\n  fragment OutreachListPage on OutreachActivityConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...OutreachListItem\n      }\n    }\n  }\n": typeof types.OutreachListPageFragmentDoc,
    "\n  query OutreachActivities($filter: OutreachFilter, $first: Int!, $after: String) {\n    outreachActivities(filter: $filter, first: $first, after: $after) {\n      ...OutreachListPage\n    }\n  }\n": typeof types.OutreachActivitiesDocument,
    "\n  fragment OutreachDetails on OutreachActivity {\n    ...OutreachListItem\n    version\n    languages\n    notes\n    participantsWomen\n    participantsMen\n    participantsUnder18\n    createdAt\n    updatedAt\n    createdBy {\n      ...StaffRef\n    }\n    heldBy {\n      ...StaffRef\n    }\n    people {\n      id\n      name\n      roleTitle\n    }\n    followUpTask {\n      ...FollowUpTaskDetails\n    }\n  }\n": typeof types.OutreachDetailsFragmentDoc,
    "\n  query OutreachActivity($id: ID!) {\n    outreachActivity(id: $id) {\n      ...OutreachDetails\n    }\n  }\n": typeof types.OutreachActivityDocument,
    "\n  query OutreachContactOptions($text: String, $first: Int!) {\n    contactOrganisations(filter: { text: $text }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          focusCountries\n          languages\n        }\n      }\n    }\n  }\n": typeof types.OutreachContactOptionsDocument,
    "\n  query OutreachContactPeople($id: ID!) {\n    contactOrganisation(id: $id) {\n      id\n      name\n      people {\n        id\n        name\n        roleTitle\n      }\n    }\n  }\n": typeof types.OutreachContactPeopleDocument,
    "\n  query OutreachStaff {\n    colleagues {\n      ...StaffRef\n    }\n  }\n": typeof types.OutreachStaffDocument,
    "\n  mutation RecordOutreachActivity($input: RecordOutreachActivityInput!) {\n    recordOutreachActivity(input: $input) {\n      ...OutreachDetails\n    }\n  }\n": typeof types.RecordOutreachActivityDocument,
    "\n  mutation UpdateOutreachActivity($input: UpdateOutreachActivityInput!) {\n    updateOutreachActivity(input: $input) {\n      ...OutreachDetails\n    }\n  }\n": typeof types.UpdateOutreachActivityDocument,
    "\n  mutation DeleteOutreachActivity($id: ID!) {\n    deleteOutreachActivity(id: $id)\n  }\n": typeof types.DeleteOutreachActivityDocument,
    "\n  mutation CompleteOutreachFollowUp($id: ID!) {\n    completeOutreachFollowUp(id: $id) {\n      ...OutreachDetails\n    }\n  }\n": typeof types.CompleteOutreachFollowUpDocument,
    "\n  query OutreachFollowUpsDue($after: String) {\n    myWorklist {\n      outreachFollowUpsDue(after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            overdue\n            task {\n              description\n              dueOn\n            }\n            activity {\n              id\n              title\n              heldOn\n            }\n            consultation {\n              id\n              heldOn\n              question\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OutreachFollowUpsDueDocument,
    "\n  query OutreachContactName($id: ID!) {\n    contactOrganisation(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.OutreachContactNameDocument,
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query HomeProfile {\n    me {\n      ...UserIdentity\n      createdAt\n      organisation {\n        ...OrganisationSettings\n      }\n    }\n  }\n": typeof types.HomeProfileDocument,
    "\n  fragment ReferralState on Referral {\n    id\n    status\n    allowedActions\n    declineReason\n    respondedAt\n    revokedAt\n    completedAt\n    respondedBy {\n      ...StaffRef\n    }\n  }\n": typeof types.ReferralStateFragmentDoc,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralState\n    }\n  }\n": typeof types.DeclineReferralDocument,
    "\n  mutation RevokeReferral($id: ID!) {\n    revokeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": typeof types.RevokeReferralDocument,
    "\n  mutation CompleteReferral($id: ID!) {\n    completeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": typeof types.CompleteReferralDocument,
    "\n  fragment ReferralListItem on Referral {\n    id\n    status\n    sections\n    sentAt\n    expiresAt\n    respondedAt\n    allowedActions\n    coverNote\n    from {\n      ...OrganisationWithCountry\n    }\n    sentBy {\n      ...StaffRef\n    }\n    case {\n      id\n      number\n      destinationCountry\n      destinationPlace\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n": typeof types.ReferralListItemFragmentDoc,
    "\n  query ReferralInbox($first: Int!, $after: String) {\n    referralInbox(first: $first, after: $after) {\n      ...ReferralListPage\n    }\n  }\n": typeof types.ReferralInboxDocument,
    "\n  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {\n    incomingReferrals(status: $status, first: $first, after: $after) {\n      ...ReferralListPage\n    }\n  }\n": typeof types.IncomingReferralsDocument,
    "\n  fragment ConsultationListItem on StaffConsultation {\n    id\n    heldOn\n    channel\n    topic\n    department\n    district\n    minutesSpent\n    participants\n    departmentContact {\n      id\n      name\n    }\n    followUpTask {\n      ...FollowUpTaskDue\n    }\n  }\n": typeof types.ConsultationListItemFragmentDoc,
    "\n  fragment ConsultationListPage on StaffConsultationConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...ConsultationListItem\n      }\n    }\n  }\n": typeof types.ConsultationListPageFragmentDoc,
    "\n  query StaffConsultations($filter: ConsultationFilter, $first: Int!, $after: String) {\n    staffConsultations(filter: $filter, first: $first, after: $after) {\n      ...ConsultationListPage\n    }\n  }\n": typeof types.StaffConsultationsDocument,
    "\n  fragment ConsultationDetails on StaffConsultation {\n    ...ConsultationListItem\n    country\n    question\n    advice\n    version\n    createdAt\n    updatedAt\n    createdBy {\n      ...StaffRef\n    }\n    followUpTask {\n      ...FollowUpTaskDetails\n    }\n  }\n": typeof types.ConsultationDetailsFragmentDoc,
    "\n  query StaffConsultation($id: ID!) {\n    staffConsultation(id: $id) {\n      ...ConsultationDetails\n    }\n  }\n": typeof types.StaffConsultationDocument,
    "\n  query CityDepartments($first: Int!) {\n    contactOrganisations(filter: { kind: CITY_DEPARTMENT }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          district\n        }\n      }\n    }\n  }\n": typeof types.CityDepartmentsDocument,
    "\n  query ConsultationFollowUpOwners {\n    colleagues {\n      ...StaffRef\n    }\n  }\n": typeof types.ConsultationFollowUpOwnersDocument,
    "\n  mutation RecordStaffConsultation($input: RecordStaffConsultationInput!) {\n    recordStaffConsultation(input: $input) {\n      ...ConsultationDetails\n    }\n  }\n": typeof types.RecordStaffConsultationDocument,
    "\n  mutation UpdateStaffConsultation($input: UpdateStaffConsultationInput!) {\n    updateStaffConsultation(input: $input) {\n      ...ConsultationDetails\n    }\n  }\n": typeof types.UpdateStaffConsultationDocument,
    "\n  mutation DeleteStaffConsultation($id: ID!) {\n    deleteStaffConsultation(id: $id)\n  }\n": typeof types.DeleteStaffConsultationDocument,
    "\n  mutation CompleteConsultationFollowUp($id: ID!) {\n    completeConsultationFollowUp(id: $id) {\n      ...ConsultationDetails\n    }\n  }\n": typeof types.CompleteConsultationFollowUpDocument,
    "\n  fragment SupervisionPerson on StaffMember {\n    id\n    name\n    nameLatin\n    nameArabic\n    organisation {\n      ...OrganisationRef\n    }\n  }\n": typeof types.SupervisionPersonFragmentDoc,
    "\n  fragment SupervisionActionItem on SupervisionAction {\n    id\n    description\n    dueOn\n    done\n    doneAt\n    overdue\n    owner {\n      ...SupervisionPerson\n    }\n  }\n": typeof types.SupervisionActionItemFragmentDoc,
    "\n  fragment SupervisionListItem on SupervisionSession {\n    id\n    heldOn\n    mode\n    topics\n    organisation {\n      ...OrganisationRef\n    }\n    partner {\n      ...OrganisationRef\n    }\n    actions {\n      id\n      done\n      overdue\n    }\n  }\n": typeof types.SupervisionListItemFragmentDoc,
    "\n  query SupervisionSessions($first: Int!, $after: String) {\n    supervisionSessions(first: $first, after: $after) {\n      ...SupervisionListPage\n    }\n  }\n": typeof types.SupervisionSessionsDocument,
    "\n  fragment SupervisionCommentItem on SupervisionComment {\n    id\n    body\n    createdAt\n    author {\n      ...SupervisionPerson\n    }\n  }\n": typeof types.SupervisionCommentItemFragmentDoc,
    "\n  fragment SupervisionDetails on SupervisionSession {\n    ...SupervisionListItem\n    notes\n    version\n    createdAt\n    viewerCanEdit\n    viewerCanComment\n    createdBy {\n      ...SupervisionPerson\n    }\n    participants {\n      ...SupervisionPerson\n    }\n    notesHistory {\n      id\n      notes\n      changedAt\n      changedBy {\n        ...SupervisionPerson\n      }\n    }\n    actions {\n      ...SupervisionActionItem\n    }\n    comments {\n      ...SupervisionCommentItem\n    }\n    linkedCases {\n      id\n      number\n      status\n      returnee {\n        ...ReturneeName\n      }\n    }\n    linkedCasesHidden\n  }\n": typeof types.SupervisionDetailsFragmentDoc,
    "\n  query SupervisionSession($id: ID!) {\n    supervisionSession(id: $id) {\n      ...SupervisionDetails\n    }\n  }\n": typeof types.SupervisionSessionDocument,
    "\n  query SupervisionPartners {\n    supervisionPartners {\n      ...OrganisationWithCountry\n    }\n  }\n": typeof types.SupervisionPartnersDocument,
    "\n  query SupervisionCandidates($partnerId: ID!) {\n    supervisionCandidates(partnerId: $partnerId) {\n      ...SupervisionPerson\n    }\n  }\n": typeof types.SupervisionCandidatesDocument,
    "\n  query SupervisionCaseOptions($partnerId: ID!, $first: Int!) {\n    cases(filter: { partnerId: $partnerId }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          returnee {\n            ...ReturneeName\n          }\n          referrals {\n            id\n            status\n            to {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionCaseOptionsDocument,
    "\n  mutation CreateSupervisionSession($input: CreateSupervisionSessionInput!) {\n    createSupervisionSession(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n": typeof types.CreateSupervisionSessionDocument,
    "\n  mutation UpdateSupervisionNotes($input: UpdateSupervisionNotesInput!) {\n    updateSupervisionNotes(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n": typeof types.UpdateSupervisionNotesDocument,
    "\n  mutation AddSupervisionAction($input: AddSupervisionActionInput!) {\n    addSupervisionAction(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n": typeof types.AddSupervisionActionDocument,
    "\n  mutation SetSupervisionActionDone($id: ID!, $done: Boolean!) {\n    setSupervisionActionDone(id: $id, done: $done) {\n      ...SupervisionActionItem\n    }\n  }\n": typeof types.SetSupervisionActionDoneDocument,
    "\n  mutation AddSupervisionComment($input: AddSupervisionCommentInput!) {\n    addSupervisionComment(input: $input) {\n      ...SupervisionCommentItem\n    }\n  }\n": typeof types.AddSupervisionCommentDocument,
    "\n  fragment UserListItem on User {\n    ...UserAccount\n    createdAt\n  }\n": typeof types.UserListItemFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {\n    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {\n      ...UserListPage\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUserRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      ...UserListItem\n    }\n  }\n": typeof types.UpdateUserRolesDocument,
    "\n  mutation UpdateUserNames($input: UpdateUserNamesInput!) {\n    updateUserNames(input: $input) {\n      ...UserListItem\n    }\n  }\n": typeof types.UpdateUserNamesDocument,
    "\n  mutation UpdateOrganisationNames($input: UpdateOrganisationNamesInput!) {\n    updateOrganisationNames(input: $input) {\n      id\n      name\n      nameLatin\n      nameArabic\n    }\n  }\n": typeof types.UpdateOrganisationNamesDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserListItem\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.CreatePasswordResetLinkDocument,
    "\n  fragment WorklistCaseItem on CaseWorkItem {\n    reason\n    reasons\n    since\n    case {\n      id\n      number\n      status\n      plannedDeparture\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n": typeof types.WorklistCaseItemFragmentDoc,
    "\n  fragment WorklistReferral on Referral {\n    id\n    sentAt\n    expiresAt\n    from {\n      ...OrganisationRef\n    }\n    case {\n      id\n      number\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n": typeof types.WorklistReferralFragmentDoc,
    "\n  fragment WorklistOverdueCase on ReferralCase {\n    id\n    number\n    viewerIsOwner\n    organisation {\n      ...OrganisationRef\n    }\n    returnee {\n      ...ReturneeName\n    }\n    followUp {\n      nextVisitOn\n      partner {\n        ...OrganisationRef\n      }\n    }\n  }\n": typeof types.WorklistOverdueCaseFragmentDoc,
    "\n  fragment WorklistActionItem on SupervisionActionItem {\n    action {\n      id\n      description\n      dueOn\n      overdue\n    }\n    session {\n      id\n      heldOn\n      organisation {\n        ...OrganisationRef\n      }\n      partner {\n        ...OrganisationRef\n      }\n    }\n  }\n": typeof types.WorklistActionItemFragmentDoc,
    "\n  fragment WorklistCasesList on CaseWorkItemConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistCaseItem\n      }\n    }\n  }\n": typeof types.WorklistCasesListFragmentDoc,
    "\n  fragment WorklistReferralsList on ReferralConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistReferral\n      }\n    }\n  }\n": typeof types.WorklistReferralsListFragmentDoc,
    "\n  fragment WorklistOverdueList on ReferralCaseConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistOverdueCase\n      }\n    }\n  }\n": typeof types.WorklistOverdueListFragmentDoc,
    "\n  fragment WorklistActionsList on SupervisionActionItemConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistActionItem\n      }\n    }\n  }\n": typeof types.WorklistActionsListFragmentDoc,
    "\n  query MyWorklist {\n    myWorklist {\n      casesNeedingAction {\n        ...WorklistCasesList\n      }\n      referralsAwaitingAnswer {\n        ...WorklistReferralsList\n      }\n      overdueFollowUps {\n        ...WorklistOverdueList\n      }\n      supervisionActionsDue {\n        ...WorklistActionsList\n      }\n    }\n  }\n": typeof types.MyWorklistDocument,
    "\n  query WorklistCasesPage($after: String!) {\n    myWorklist {\n      casesNeedingAction(after: $after) {\n        ...WorklistCasesList\n      }\n    }\n  }\n": typeof types.WorklistCasesPageDocument,
    "\n  query WorklistReferralsPage($after: String!) {\n    myWorklist {\n      referralsAwaitingAnswer(after: $after) {\n        ...WorklistReferralsList\n      }\n    }\n  }\n": typeof types.WorklistReferralsPageDocument,
    "\n  query WorklistOverduePage($after: String!) {\n    myWorklist {\n      overdueFollowUps(after: $after) {\n        ...WorklistOverdueList\n      }\n    }\n  }\n": typeof types.WorklistOverduePageDocument,
    "\n  query WorklistActionsPage($after: String!) {\n    myWorklist {\n      supervisionActionsDue(after: $after) {\n        ...WorklistActionsList\n      }\n    }\n  }\n": typeof types.WorklistActionsPageDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    ...UserAccount\n    organisation {\n      ...OrganisationSettings\n      defaultLanguage\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      ...SessionUser\n    }\n  }\n": types.SessionPayloadFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionPayload\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      ...SessionUser\n    }\n  }\n": types.SetMyLanguageDocument,
    "\n  query SessionMe {\n    me {\n      ...SessionUser\n    }\n  }\n": types.SessionMeDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment StaffRef on StaffMember {\n    id\n    name\n    nameLatin\n    nameArabic\n  }\n": types.StaffRefFragmentDoc,
    "\n  fragment UserIdentity on User {\n    id\n    name\n    nameLatin\n    nameArabic\n    email\n    roles\n    language\n  }\n": types.UserIdentityFragmentDoc,
    "\n  fragment UserAccount on User {\n    ...UserIdentity\n    active\n    mustChangePassword\n  }\n": types.UserAccountFragmentDoc,
    "\n  fragment OrganisationRef on Organisation {\n    id\n    name\n    nameLatin\n    nameArabic\n  }\n": types.OrganisationRefFragmentDoc,
    "\n  fragment OrganisationSettings on Organisation {\n    ...OrganisationRef\n    kind\n    country\n    timeZone\n  }\n": types.OrganisationSettingsFragmentDoc,
    "\n  fragment OrganisationWithCountry on Organisation {\n    id\n    name\n    nameLatin\n    nameArabic\n    country\n  }\n": types.OrganisationWithCountryFragmentDoc,
    "\n  fragment FollowUpTaskDue on FollowUpTask {\n    dueOn\n    doneAt\n  }\n": types.FollowUpTaskDueFragmentDoc,
    "\n  fragment FollowUpTaskDetails on FollowUpTask {\n    ...FollowUpTaskDue\n    description\n    owner {\n      ...StaffRef\n    }\n  }\n": types.FollowUpTaskDetailsFragmentDoc,
    "\n  fragment ReturneeName on Returnee {\n    firstName\n    lastName\n  }\n": types.ReturneeNameFragmentDoc,
    "\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n  }\n": types.MoneyFieldsFragmentDoc,
    "\n  fragment AgreementPage on CooperationAgreementConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AgreementListItem\n      }\n    }\n  }\n": types.AgreementPageFragmentDoc,
    "\n  fragment CaseListPage on ReferralCaseConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CaseListItem\n      }\n    }\n  }\n": types.CaseListPageFragmentDoc,
    "\n  fragment ReferralListPage on ReferralConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...ReferralListItem\n      }\n    }\n  }\n": types.ReferralListPageFragmentDoc,
    "\n  fragment SupervisionListPage on SupervisionSessionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SupervisionListItem\n      }\n    }\n  }\n": types.SupervisionListPageFragmentDoc,
    "\n  fragment NotificationPage on NotificationConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n": types.NotificationPageFragmentDoc,
    "\n  fragment UserListPage on UserConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...UserListItem\n      }\n    }\n  }\n": types.UserListPageFragmentDoc,
    "\n  fragment AuditEventPage on AuditEventConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AuditEventItem\n      }\n    }\n  }\n": types.AuditEventPageFragmentDoc,
    "\n  fragment AgreementListItem on CooperationAgreement {\n    id\n    referenceNumber\n    title\n    scopes\n    validFrom\n    validTo\n    responseTimeDays\n    status\n    viewerCanConfirm\n    viewerCanTerminate\n    parties {\n      confirmedAt\n      organisation {\n        ...OrganisationWithCountry\n      }\n    }\n  }\n": types.AgreementListItemFragmentDoc,
    "\n  fragment AgreementDetail on CooperationAgreement {\n    ...AgreementListItem\n    createdAt\n    terminatedAt\n    terminationReason\n    proposedBy {\n      ...OrganisationRef\n    }\n    terminatedBy {\n      ...OrganisationRef\n    }\n  }\n": types.AgreementDetailFragmentDoc,
    "\n  query Agreements($first: Int!, $after: String) {\n    agreements(first: $first, after: $after) {\n      ...AgreementPage\n    }\n  }\n": types.AgreementsDocument,
    "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n": types.AgreementDocument,
    "\n  query PartnerDirectory($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameLatin\n          nameArabic\n          kind\n          country\n        }\n      }\n    }\n  }\n": types.PartnerDirectoryDocument,
    "\n  mutation ProposeAgreement($input: ProposeAgreementInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementDetail\n    }\n  }\n": types.ProposeAgreementDocument,
    "\n  mutation ConfirmAgreement($id: ID!) {\n    confirmAgreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n": types.ConfirmAgreementDocument,
    "\n  mutation TerminateAgreement($id: ID!, $reason: String!) {\n    terminateAgreement(id: $id, reason: $reason) {\n      ...AgreementDetail\n    }\n  }\n": types.TerminateAgreementDocument,
    "\n  mutation SetMyFirstPassword($input: SetFirstPasswordInput!) {\n    setMyFirstPassword(input: $input)\n  }\n": types.SetMyFirstPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query PasswordResetByEmailAvailable {\n    passwordResetByEmailAvailable\n  }\n": types.PasswordResetByEmailAvailableDocument,
    "\n  fragment CaseSourceFields on CaseSource {\n    kind\n    contactOrganisation {\n      id\n      name\n      kind\n    }\n    outreachActivity {\n      id\n      title\n      heldOn\n    }\n    staffConsultation {\n      id\n      heldOn\n      department\n      departmentContact {\n        id\n        name\n      }\n    }\n  }\n": types.CaseSourceFieldsFragmentDoc,
    "\n  fragment CaseDetails on ReferralCase {\n    id\n    number\n    status\n    closureReason\n    version\n    createdAt\n    updatedAt\n    viewerIsOwner\n    visibleSections\n    organisation {\n      ...OrganisationWithCountry\n    }\n    responsibleCaseworker {\n      ...StaffRef\n    }\n    destinationCountry\n    destinationPlace\n    plannedDeparture\n    actualDeparture\n    supportGranted {\n      ...MoneyFields\n    }\n    source {\n      ...CaseSourceFields\n    }\n    returnee {\n      firstName\n      lastName\n      dateOfBirth\n      sex\n      citizenship\n      languages\n      identityNumber\n      documentLanguage\n    }\n    contact {\n      phone\n      email\n      addressInSweden\n      notes\n    }\n    household {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      sex\n      relation\n      identityNumber\n      travels\n    }\n    needs {\n      description\n    }\n    health {\n      information\n      vulnerabilities\n    }\n    allowedTransitions {\n      to\n      closureReasons\n    }\n    consents {\n      id\n      partner {\n        ...OrganisationRef\n      }\n      sections\n      givenOn\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n      withdrawnAt\n      withdrawnBy {\n        ...StaffRef\n      }\n      form {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n      active\n    }\n    referrals {\n      ...ReferralState\n      from {\n        ...OrganisationRef\n      }\n      to {\n        ...OrganisationRef\n      }\n      sections\n      sentBy {\n        ...StaffRef\n      }\n      sentAt\n      expiresAt\n      coverNote\n    }\n    statusHistory {\n      id\n      from\n      to\n      closureReason\n      changedBy {\n        ...StaffRef\n      }\n      changedAt\n    }\n  }\n": types.CaseDetailsFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n    }\n  }\n": types.CaseDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      ...CaseDetails\n    }\n  }\n": types.ChangeCaseStatusDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      active\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      active\n      withdrawnAt\n      withdrawnBy {\n        ...StaffRef\n      }\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation SendReferral($input: SendReferralInput!) {\n    sendReferral(input: $input) {\n      id\n      status\n    }\n  }\n": types.SendReferralDocument,
    "\n  fragment AuditEventItem on AuditEvent {\n    id\n    occurredAt\n    action\n    entityType\n    entityId\n    requestId\n    actor {\n      ...StaffRef\n    }\n    organisation {\n      ...OrganisationRef\n    }\n  }\n": types.AuditEventItemFragmentDoc,
    "\n  query CaseAuditTrail($id: ID!, $first: Int!, $after: String) {\n    case(id: $id) {\n      id\n      auditTrail(first: $first, after: $after) {\n        ...AuditEventPage\n      }\n    }\n  }\n": types.CaseAuditTrailDocument,
    "\n  fragment ConsentFormSubject on ReferralCase {\n    id\n    number\n    organisation {\n      ...OrganisationRef\n    }\n    returnee {\n      firstName\n      lastName\n      dateOfBirth\n      documentLanguage\n    }\n  }\n": types.ConsentFormSubjectFragmentDoc,
    "\n  query ConsentForm($caseId: ID!, $partnerId: ID!) {\n    case(id: $caseId) {\n      ...ConsentFormSubject\n    }\n    organisation(id: $partnerId) {\n      ...OrganisationRef\n    }\n  }\n": types.ConsentFormDocument,
    "\n  query ConsentFormCase($caseId: ID!) {\n    case(id: $caseId) {\n      ...ConsentFormSubject\n    }\n  }\n": types.ConsentFormCaseDocument,
    "\n  query SessionCheck {\n    me {\n      id\n    }\n  }\n": types.SessionCheckDocument,
    "\n  query CaseSourceContacts($filter: ContactFilter, $first: Int!) {\n    contactOrganisations(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.CaseSourceContactsDocument,
    "\n  query CaseSourceActivities($first: Int!) {\n    outreachActivities(first: $first) {\n      edges {\n        node {\n          id\n          title\n          heldOn\n          contacts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CaseSourceActivitiesDocument,
    "\n  query CaseSourceConsultations($first: Int!) {\n    staffConsultations(first: $first) {\n      edges {\n        node {\n          id\n          heldOn\n          department\n          district\n          departmentContact {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CaseSourceConsultationsDocument,
    "\n  query CaseSummary($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n      followUp {\n        partner {\n          ...OrganisationRef\n        }\n        arrival {\n          ...ArrivalFields\n        }\n        plan {\n          id\n          goals {\n            ...PlanGoalFields\n          }\n          budget {\n            ...MoneyFields\n          }\n          updatedAt\n        }\n        visits {\n          ...FollowUpVisitFields\n        }\n        assessments {\n          id\n          assessedOn\n          scores {\n            ...SustainabilityScoreFields\n          }\n        }\n      }\n    }\n  }\n": types.CaseSummaryDocument,
    "\n  fragment CaseListItem on ReferralCase {\n    id\n    number\n    status\n    destinationCountry\n    destinationPlace\n    plannedDeparture\n    updatedAt\n    returnee {\n      ...ReturneeName\n    }\n    responsibleCaseworker {\n      ...StaffRef\n    }\n  }\n": types.CaseListItemFragmentDoc,
    "\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n": types.CasesDocument,
    "\n  query Caseworkers {\n    caseworkers {\n      ...StaffRef\n    }\n  }\n": types.CaseworkersDocument,
    "\n  query ReferralPartners {\n    referralPartners {\n      ...OrganisationWithCountry\n    }\n  }\n": types.ReferralPartnersDocument,
    "\n  fragment ContactListItem on ContactOrganisation {\n    id\n    name\n    kind\n    status\n    focusCountries\n    languages\n    district\n    archived\n  }\n": types.ContactListItemFragmentDoc,
    "\n  fragment ContactPersonFields on ContactPerson {\n    id\n    name\n    roleTitle\n    phone\n    email\n    preferredLanguage\n    version\n  }\n": types.ContactPersonFieldsFragmentDoc,
    "\n  fragment ContactDetail on ContactOrganisation {\n    ...ContactListItem\n    address\n    website\n    version\n    createdAt\n    archivedAt\n    letterOfIntent {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    people {\n      ...ContactPersonFields\n    }\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      note\n      changedAt\n      changedBy {\n        ...StaffRef\n      }\n    }\n  }\n": types.ContactDetailFragmentDoc,
    "\n  query ContactOrganisations($first: Int!, $after: String, $filter: ContactFilter) {\n    contactOrganisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ContactListItem\n        }\n      }\n    }\n  }\n": types.ContactOrganisationsDocument,
    "\n  query ContactDistricts {\n    contactDistricts\n  }\n": types.ContactDistrictsDocument,
    "\n  query ContactOrganisation($id: ID!) {\n    contactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n": types.ContactOrganisationDocument,
    "\n  query ContactTimeline($first: Int!, $after: String, $filter: OutreachFilter) {\n    outreachActivities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          heldOn\n          topics\n          participants\n          heldBy {\n            ...StaffRef\n          }\n          people {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ContactTimelineDocument,
    "\n  mutation CreateContactOrganisation($input: CreateContactOrganisationInput!) {\n    createContactOrganisation(input: $input) {\n      ...ContactDetail\n    }\n  }\n": types.CreateContactOrganisationDocument,
    "\n  mutation UpdateContactOrganisation($input: UpdateContactOrganisationInput!) {\n    updateContactOrganisation(input: $input) {\n      ...ContactDetail\n    }\n  }\n": types.UpdateContactOrganisationDocument,
    "\n  mutation ChangeContactStatus($input: ChangeContactStatusInput!) {\n    changeContactStatus(input: $input) {\n      ...ContactDetail\n    }\n  }\n": types.ChangeContactStatusDocument,
    "\n  mutation ArchiveContactOrganisation($id: ID!) {\n    archiveContactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n": types.ArchiveContactOrganisationDocument,
    "\n  mutation RestoreContactOrganisation($id: ID!) {\n    restoreContactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n": types.RestoreContactOrganisationDocument,
    "\n  mutation RemoveContactOrganisation($id: ID!) {\n    removeContactOrganisation(id: $id) {\n      id\n      archived\n    }\n  }\n": types.RemoveContactOrganisationDocument,
    "\n  mutation AddContactPerson($input: AddContactPersonInput!) {\n    addContactPerson(input: $input) {\n      ...ContactPersonFields\n    }\n  }\n": types.AddContactPersonDocument,
    "\n  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {\n    updateContactPerson(input: $input) {\n      ...ContactPersonFields\n    }\n  }\n": types.UpdateContactPersonDocument,
    "\n  mutation RemoveContactPerson($id: ID!) {\n    removeContactPerson(id: $id) {\n      ...ContactDetail\n    }\n  }\n": types.RemoveContactPersonDocument,
    "\n  fragment SustainabilityScoreFields on SustainabilityScores {\n    economic\n    social\n    psychosocial\n    overall\n  }\n": types.SustainabilityScoreFieldsFragmentDoc,
    "\n  fragment ArrivalFields on Arrival {\n    arrivedOn\n    notes\n    recordedBy {\n      ...StaffRef\n    }\n  }\n": types.ArrivalFieldsFragmentDoc,
    "\n  fragment PlanGoalFields on PlanGoal {\n    id\n    domain\n    description\n    status\n    targetDate\n  }\n": types.PlanGoalFieldsFragmentDoc,
    "\n  fragment FollowUpVisitFields on FollowUpVisit {\n    id\n    visitedOn\n    mode\n    domainStatuses {\n      domain\n      status\n    }\n    narrative\n    nextVisitOn\n  }\n": types.FollowUpVisitFieldsFragmentDoc,
    "\n  fragment FollowUpDetails on FollowUp {\n    partner {\n      ...OrganisationWithCountry\n    }\n    arrival {\n      ...ArrivalFields\n      recordedAt\n    }\n    plan {\n      id\n      version\n      goals {\n        ...PlanGoalFields\n      }\n      budget {\n        ...MoneyFields\n      }\n      updatedBy {\n        ...StaffRef\n      }\n      updatedAt\n    }\n    visits {\n      ...FollowUpVisitFields\n      overdue\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n    }\n    assessments {\n      id\n      assessedOn\n      answers {\n        indicator\n        value\n      }\n      scores {\n        ...SustainabilityScoreFields\n      }\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n    }\n    overdue\n    nextVisitOn\n    viewerCanWrite\n  }\n": types.FollowUpDetailsFragmentDoc,
    "\n  fragment CaseFollowUp on ReferralCase {\n    id\n    followUp {\n      ...FollowUpDetails\n    }\n  }\n": types.CaseFollowUpFragmentDoc,
    "\n  query FollowUp($caseId: ID!) {\n    case(id: $caseId) {\n      ...CaseFollowUp\n    }\n    sustainabilityIndicators {\n      indicator\n      dimension\n    }\n  }\n": types.FollowUpDocument,
    "\n  mutation ConfirmArrival($input: ConfirmArrivalInput!) {\n    confirmArrival(input: $input) {\n      ...FollowUpDetails\n    }\n  }\n": types.ConfirmArrivalDocument,
    "\n  mutation SaveReintegrationPlan($input: SaveReintegrationPlanInput!) {\n    saveReintegrationPlan(input: $input) {\n      ...FollowUpDetails\n    }\n  }\n": types.SaveReintegrationPlanDocument,
    "\n  mutation RecordFollowUpVisit($input: RecordFollowUpVisitInput!) {\n    recordFollowUpVisit(input: $input) {\n      id\n    }\n  }\n": types.RecordFollowUpVisitDocument,
    "\n  mutation RecordSustainabilityAssessment($input: RecordSustainabilityAssessmentInput!) {\n    recordSustainabilityAssessment(input: $input) {\n      id\n      scores {\n        ...SustainabilityScoreFields\n      }\n    }\n  }\n": types.RecordSustainabilityAssessmentDocument,
    "\n  fragment CaseMessageItem on CaseMessage {\n    id\n    body\n    sentAt\n    mine\n    author {\n      ...StaffRef\n    }\n    organisation {\n      ...OrganisationRef\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n": types.CaseMessageItemFragmentDoc,
    "\n  query CaseMessages($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      referrals {\n        id\n        unreadMessageCount\n        messages {\n          ...CaseMessageItem\n        }\n      }\n    }\n  }\n": types.CaseMessagesDocument,
    "\n  mutation SendCaseMessage($input: SendCaseMessageInput!) {\n    sendCaseMessage(input: $input) {\n      ...CaseMessageItem\n    }\n  }\n": types.SendCaseMessageDocument,
    "\n  mutation MarkCaseMessagesRead($referralId: ID!) {\n    markCaseMessagesRead(referralId: $referralId) {\n      id\n      unreadMessageCount\n    }\n  }\n": types.MarkCaseMessagesReadDocument,
    "\n  subscription CaseActivity {\n    notificationAdded {\n      id\n      kind\n      caseId\n      referralId\n    }\n  }\n": types.CaseActivityDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      ...NotificationPage\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment OutreachListItem on OutreachActivity {\n    id\n    kind\n    title\n    heldOn\n    durationMinutes\n    topics\n    focusCountries\n    participants\n    contacts {\n      id\n      name\n    }\n    followUpTask {\n      ...FollowUpTaskDue\n    }\n  }\n": types.OutreachListItemFragmentDoc,
    "\n  fragment OutreachListPage on OutreachActivityConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...OutreachListItem\n      }\n    }\n  }\n": types.OutreachListPageFragmentDoc,
    "\n  query OutreachActivities($filter: OutreachFilter, $first: Int!, $after: String) {\n    outreachActivities(filter: $filter, first: $first, after: $after) {\n      ...OutreachListPage\n    }\n  }\n": types.OutreachActivitiesDocument,
    "\n  fragment OutreachDetails on OutreachActivity {\n    ...OutreachListItem\n    version\n    languages\n    notes\n    participantsWomen\n    participantsMen\n    participantsUnder18\n    createdAt\n    updatedAt\n    createdBy {\n      ...StaffRef\n    }\n    heldBy {\n      ...StaffRef\n    }\n    people {\n      id\n      name\n      roleTitle\n    }\n    followUpTask {\n      ...FollowUpTaskDetails\n    }\n  }\n": types.OutreachDetailsFragmentDoc,
    "\n  query OutreachActivity($id: ID!) {\n    outreachActivity(id: $id) {\n      ...OutreachDetails\n    }\n  }\n": types.OutreachActivityDocument,
    "\n  query OutreachContactOptions($text: String, $first: Int!) {\n    contactOrganisations(filter: { text: $text }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          focusCountries\n          languages\n        }\n      }\n    }\n  }\n": types.OutreachContactOptionsDocument,
    "\n  query OutreachContactPeople($id: ID!) {\n    contactOrganisation(id: $id) {\n      id\n      name\n      people {\n        id\n        name\n        roleTitle\n      }\n    }\n  }\n": types.OutreachContactPeopleDocument,
    "\n  query OutreachStaff {\n    colleagues {\n      ...StaffRef\n    }\n  }\n": types.OutreachStaffDocument,
    "\n  mutation RecordOutreachActivity($input: RecordOutreachActivityInput!) {\n    recordOutreachActivity(input: $input) {\n      ...OutreachDetails\n    }\n  }\n": types.RecordOutreachActivityDocument,
    "\n  mutation UpdateOutreachActivity($input: UpdateOutreachActivityInput!) {\n    updateOutreachActivity(input: $input) {\n      ...OutreachDetails\n    }\n  }\n": types.UpdateOutreachActivityDocument,
    "\n  mutation DeleteOutreachActivity($id: ID!) {\n    deleteOutreachActivity(id: $id)\n  }\n": types.DeleteOutreachActivityDocument,
    "\n  mutation CompleteOutreachFollowUp($id: ID!) {\n    completeOutreachFollowUp(id: $id) {\n      ...OutreachDetails\n    }\n  }\n": types.CompleteOutreachFollowUpDocument,
    "\n  query OutreachFollowUpsDue($after: String) {\n    myWorklist {\n      outreachFollowUpsDue(after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            overdue\n            task {\n              description\n              dueOn\n            }\n            activity {\n              id\n              title\n              heldOn\n            }\n            consultation {\n              id\n              heldOn\n              question\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OutreachFollowUpsDueDocument,
    "\n  query OutreachContactName($id: ID!) {\n    contactOrganisation(id: $id) {\n      id\n      name\n    }\n  }\n": types.OutreachContactNameDocument,
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query HomeProfile {\n    me {\n      ...UserIdentity\n      createdAt\n      organisation {\n        ...OrganisationSettings\n      }\n    }\n  }\n": types.HomeProfileDocument,
    "\n  fragment ReferralState on Referral {\n    id\n    status\n    allowedActions\n    declineReason\n    respondedAt\n    revokedAt\n    completedAt\n    respondedBy {\n      ...StaffRef\n    }\n  }\n": types.ReferralStateFragmentDoc,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralState\n    }\n  }\n": types.DeclineReferralDocument,
    "\n  mutation RevokeReferral($id: ID!) {\n    revokeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": types.RevokeReferralDocument,
    "\n  mutation CompleteReferral($id: ID!) {\n    completeReferral(id: $id) {\n      ...ReferralState\n    }\n  }\n": types.CompleteReferralDocument,
    "\n  fragment ReferralListItem on Referral {\n    id\n    status\n    sections\n    sentAt\n    expiresAt\n    respondedAt\n    allowedActions\n    coverNote\n    from {\n      ...OrganisationWithCountry\n    }\n    sentBy {\n      ...StaffRef\n    }\n    case {\n      id\n      number\n      destinationCountry\n      destinationPlace\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n": types.ReferralListItemFragmentDoc,
    "\n  query ReferralInbox($first: Int!, $after: String) {\n    referralInbox(first: $first, after: $after) {\n      ...ReferralListPage\n    }\n  }\n": types.ReferralInboxDocument,
    "\n  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {\n    incomingReferrals(status: $status, first: $first, after: $after) {\n      ...ReferralListPage\n    }\n  }\n": types.IncomingReferralsDocument,
    "\n  fragment ConsultationListItem on StaffConsultation {\n    id\n    heldOn\n    channel\n    topic\n    department\n    district\n    minutesSpent\n    participants\n    departmentContact {\n      id\n      name\n    }\n    followUpTask {\n      ...FollowUpTaskDue\n    }\n  }\n": types.ConsultationListItemFragmentDoc,
    "\n  fragment ConsultationListPage on StaffConsultationConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...ConsultationListItem\n      }\n    }\n  }\n": types.ConsultationListPageFragmentDoc,
    "\n  query StaffConsultations($filter: ConsultationFilter, $first: Int!, $after: String) {\n    staffConsultations(filter: $filter, first: $first, after: $after) {\n      ...ConsultationListPage\n    }\n  }\n": types.StaffConsultationsDocument,
    "\n  fragment ConsultationDetails on StaffConsultation {\n    ...ConsultationListItem\n    country\n    question\n    advice\n    version\n    createdAt\n    updatedAt\n    createdBy {\n      ...StaffRef\n    }\n    followUpTask {\n      ...FollowUpTaskDetails\n    }\n  }\n": types.ConsultationDetailsFragmentDoc,
    "\n  query StaffConsultation($id: ID!) {\n    staffConsultation(id: $id) {\n      ...ConsultationDetails\n    }\n  }\n": types.StaffConsultationDocument,
    "\n  query CityDepartments($first: Int!) {\n    contactOrganisations(filter: { kind: CITY_DEPARTMENT }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          district\n        }\n      }\n    }\n  }\n": types.CityDepartmentsDocument,
    "\n  query ConsultationFollowUpOwners {\n    colleagues {\n      ...StaffRef\n    }\n  }\n": types.ConsultationFollowUpOwnersDocument,
    "\n  mutation RecordStaffConsultation($input: RecordStaffConsultationInput!) {\n    recordStaffConsultation(input: $input) {\n      ...ConsultationDetails\n    }\n  }\n": types.RecordStaffConsultationDocument,
    "\n  mutation UpdateStaffConsultation($input: UpdateStaffConsultationInput!) {\n    updateStaffConsultation(input: $input) {\n      ...ConsultationDetails\n    }\n  }\n": types.UpdateStaffConsultationDocument,
    "\n  mutation DeleteStaffConsultation($id: ID!) {\n    deleteStaffConsultation(id: $id)\n  }\n": types.DeleteStaffConsultationDocument,
    "\n  mutation CompleteConsultationFollowUp($id: ID!) {\n    completeConsultationFollowUp(id: $id) {\n      ...ConsultationDetails\n    }\n  }\n": types.CompleteConsultationFollowUpDocument,
    "\n  fragment SupervisionPerson on StaffMember {\n    id\n    name\n    nameLatin\n    nameArabic\n    organisation {\n      ...OrganisationRef\n    }\n  }\n": types.SupervisionPersonFragmentDoc,
    "\n  fragment SupervisionActionItem on SupervisionAction {\n    id\n    description\n    dueOn\n    done\n    doneAt\n    overdue\n    owner {\n      ...SupervisionPerson\n    }\n  }\n": types.SupervisionActionItemFragmentDoc,
    "\n  fragment SupervisionListItem on SupervisionSession {\n    id\n    heldOn\n    mode\n    topics\n    organisation {\n      ...OrganisationRef\n    }\n    partner {\n      ...OrganisationRef\n    }\n    actions {\n      id\n      done\n      overdue\n    }\n  }\n": types.SupervisionListItemFragmentDoc,
    "\n  query SupervisionSessions($first: Int!, $after: String) {\n    supervisionSessions(first: $first, after: $after) {\n      ...SupervisionListPage\n    }\n  }\n": types.SupervisionSessionsDocument,
    "\n  fragment SupervisionCommentItem on SupervisionComment {\n    id\n    body\n    createdAt\n    author {\n      ...SupervisionPerson\n    }\n  }\n": types.SupervisionCommentItemFragmentDoc,
    "\n  fragment SupervisionDetails on SupervisionSession {\n    ...SupervisionListItem\n    notes\n    version\n    createdAt\n    viewerCanEdit\n    viewerCanComment\n    createdBy {\n      ...SupervisionPerson\n    }\n    participants {\n      ...SupervisionPerson\n    }\n    notesHistory {\n      id\n      notes\n      changedAt\n      changedBy {\n        ...SupervisionPerson\n      }\n    }\n    actions {\n      ...SupervisionActionItem\n    }\n    comments {\n      ...SupervisionCommentItem\n    }\n    linkedCases {\n      id\n      number\n      status\n      returnee {\n        ...ReturneeName\n      }\n    }\n    linkedCasesHidden\n  }\n": types.SupervisionDetailsFragmentDoc,
    "\n  query SupervisionSession($id: ID!) {\n    supervisionSession(id: $id) {\n      ...SupervisionDetails\n    }\n  }\n": types.SupervisionSessionDocument,
    "\n  query SupervisionPartners {\n    supervisionPartners {\n      ...OrganisationWithCountry\n    }\n  }\n": types.SupervisionPartnersDocument,
    "\n  query SupervisionCandidates($partnerId: ID!) {\n    supervisionCandidates(partnerId: $partnerId) {\n      ...SupervisionPerson\n    }\n  }\n": types.SupervisionCandidatesDocument,
    "\n  query SupervisionCaseOptions($partnerId: ID!, $first: Int!) {\n    cases(filter: { partnerId: $partnerId }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          returnee {\n            ...ReturneeName\n          }\n          referrals {\n            id\n            status\n            to {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionCaseOptionsDocument,
    "\n  mutation CreateSupervisionSession($input: CreateSupervisionSessionInput!) {\n    createSupervisionSession(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n": types.CreateSupervisionSessionDocument,
    "\n  mutation UpdateSupervisionNotes($input: UpdateSupervisionNotesInput!) {\n    updateSupervisionNotes(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n": types.UpdateSupervisionNotesDocument,
    "\n  mutation AddSupervisionAction($input: AddSupervisionActionInput!) {\n    addSupervisionAction(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n": types.AddSupervisionActionDocument,
    "\n  mutation SetSupervisionActionDone($id: ID!, $done: Boolean!) {\n    setSupervisionActionDone(id: $id, done: $done) {\n      ...SupervisionActionItem\n    }\n  }\n": types.SetSupervisionActionDoneDocument,
    "\n  mutation AddSupervisionComment($input: AddSupervisionCommentInput!) {\n    addSupervisionComment(input: $input) {\n      ...SupervisionCommentItem\n    }\n  }\n": types.AddSupervisionCommentDocument,
    "\n  fragment UserListItem on User {\n    ...UserAccount\n    createdAt\n  }\n": types.UserListItemFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {\n    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {\n      ...UserListPage\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserListItem\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUserRoles($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      ...UserListItem\n    }\n  }\n": types.UpdateUserRolesDocument,
    "\n  mutation UpdateUserNames($input: UpdateUserNamesInput!) {\n    updateUserNames(input: $input) {\n      ...UserListItem\n    }\n  }\n": types.UpdateUserNamesDocument,
    "\n  mutation UpdateOrganisationNames($input: UpdateOrganisationNamesInput!) {\n    updateOrganisationNames(input: $input) {\n      id\n      name\n      nameLatin\n      nameArabic\n    }\n  }\n": types.UpdateOrganisationNamesDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserListItem\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n": types.CreatePasswordResetLinkDocument,
    "\n  fragment WorklistCaseItem on CaseWorkItem {\n    reason\n    reasons\n    since\n    case {\n      id\n      number\n      status\n      plannedDeparture\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n": types.WorklistCaseItemFragmentDoc,
    "\n  fragment WorklistReferral on Referral {\n    id\n    sentAt\n    expiresAt\n    from {\n      ...OrganisationRef\n    }\n    case {\n      id\n      number\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n": types.WorklistReferralFragmentDoc,
    "\n  fragment WorklistOverdueCase on ReferralCase {\n    id\n    number\n    viewerIsOwner\n    organisation {\n      ...OrganisationRef\n    }\n    returnee {\n      ...ReturneeName\n    }\n    followUp {\n      nextVisitOn\n      partner {\n        ...OrganisationRef\n      }\n    }\n  }\n": types.WorklistOverdueCaseFragmentDoc,
    "\n  fragment WorklistActionItem on SupervisionActionItem {\n    action {\n      id\n      description\n      dueOn\n      overdue\n    }\n    session {\n      id\n      heldOn\n      organisation {\n        ...OrganisationRef\n      }\n      partner {\n        ...OrganisationRef\n      }\n    }\n  }\n": types.WorklistActionItemFragmentDoc,
    "\n  fragment WorklistCasesList on CaseWorkItemConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistCaseItem\n      }\n    }\n  }\n": types.WorklistCasesListFragmentDoc,
    "\n  fragment WorklistReferralsList on ReferralConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistReferral\n      }\n    }\n  }\n": types.WorklistReferralsListFragmentDoc,
    "\n  fragment WorklistOverdueList on ReferralCaseConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistOverdueCase\n      }\n    }\n  }\n": types.WorklistOverdueListFragmentDoc,
    "\n  fragment WorklistActionsList on SupervisionActionItemConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistActionItem\n      }\n    }\n  }\n": types.WorklistActionsListFragmentDoc,
    "\n  query MyWorklist {\n    myWorklist {\n      casesNeedingAction {\n        ...WorklistCasesList\n      }\n      referralsAwaitingAnswer {\n        ...WorklistReferralsList\n      }\n      overdueFollowUps {\n        ...WorklistOverdueList\n      }\n      supervisionActionsDue {\n        ...WorklistActionsList\n      }\n    }\n  }\n": types.MyWorklistDocument,
    "\n  query WorklistCasesPage($after: String!) {\n    myWorklist {\n      casesNeedingAction(after: $after) {\n        ...WorklistCasesList\n      }\n    }\n  }\n": types.WorklistCasesPageDocument,
    "\n  query WorklistReferralsPage($after: String!) {\n    myWorklist {\n      referralsAwaitingAnswer(after: $after) {\n        ...WorklistReferralsList\n      }\n    }\n  }\n": types.WorklistReferralsPageDocument,
    "\n  query WorklistOverduePage($after: String!) {\n    myWorklist {\n      overdueFollowUps(after: $after) {\n        ...WorklistOverdueList\n      }\n    }\n  }\n": types.WorklistOverduePageDocument,
    "\n  query WorklistActionsPage($after: String!) {\n    myWorklist {\n      supervisionActionsDue(after: $after) {\n        ...WorklistActionsList\n      }\n    }\n  }\n": types.WorklistActionsPageDocument,
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
export function graphql(source: "\n  fragment SessionUser on User {\n    ...UserAccount\n    organisation {\n      ...OrganisationSettings\n      defaultLanguage\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    ...UserAccount\n    organisation {\n      ...OrganisationSettings\n      defaultLanguage\n    }\n  }\n"];
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
export function graphql(source: "\n  query SessionMe {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query SessionMe {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffRef on StaffMember {\n    id\n    name\n    nameLatin\n    nameArabic\n  }\n"): (typeof documents)["\n  fragment StaffRef on StaffMember {\n    id\n    name\n    nameLatin\n    nameArabic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserIdentity on User {\n    id\n    name\n    nameLatin\n    nameArabic\n    email\n    roles\n    language\n  }\n"): (typeof documents)["\n  fragment UserIdentity on User {\n    id\n    name\n    nameLatin\n    nameArabic\n    email\n    roles\n    language\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserAccount on User {\n    ...UserIdentity\n    active\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment UserAccount on User {\n    ...UserIdentity\n    active\n    mustChangePassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRef on Organisation {\n    id\n    name\n    nameLatin\n    nameArabic\n  }\n"): (typeof documents)["\n  fragment OrganisationRef on Organisation {\n    id\n    name\n    nameLatin\n    nameArabic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSettings on Organisation {\n    ...OrganisationRef\n    kind\n    country\n    timeZone\n  }\n"): (typeof documents)["\n  fragment OrganisationSettings on Organisation {\n    ...OrganisationRef\n    kind\n    country\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationWithCountry on Organisation {\n    id\n    name\n    nameLatin\n    nameArabic\n    country\n  }\n"): (typeof documents)["\n  fragment OrganisationWithCountry on Organisation {\n    id\n    name\n    nameLatin\n    nameArabic\n    country\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpTaskDue on FollowUpTask {\n    dueOn\n    doneAt\n  }\n"): (typeof documents)["\n  fragment FollowUpTaskDue on FollowUpTask {\n    dueOn\n    doneAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpTaskDetails on FollowUpTask {\n    ...FollowUpTaskDue\n    description\n    owner {\n      ...StaffRef\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpTaskDetails on FollowUpTask {\n    ...FollowUpTaskDue\n    description\n    owner {\n      ...StaffRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReturneeName on Returnee {\n    firstName\n    lastName\n  }\n"): (typeof documents)["\n  fragment ReturneeName on Returnee {\n    firstName\n    lastName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n  }\n"): (typeof documents)["\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementPage on CooperationAgreementConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AgreementListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementPage on CooperationAgreementConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AgreementListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListPage on ReferralCaseConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CaseListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListPage on ReferralCaseConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...CaseListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralListPage on ReferralConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...ReferralListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralListPage on ReferralConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...ReferralListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionListPage on SupervisionSessionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SupervisionListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionListPage on SupervisionSessionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SupervisionListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPage on NotificationConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationPage on NotificationConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...NotificationItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserListPage on UserConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...UserListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserListPage on UserConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...UserListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventPage on AuditEventConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AuditEventItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventPage on AuditEventConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AuditEventItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementListItem on CooperationAgreement {\n    id\n    referenceNumber\n    title\n    scopes\n    validFrom\n    validTo\n    responseTimeDays\n    status\n    viewerCanConfirm\n    viewerCanTerminate\n    parties {\n      confirmedAt\n      organisation {\n        ...OrganisationWithCountry\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementListItem on CooperationAgreement {\n    id\n    referenceNumber\n    title\n    scopes\n    validFrom\n    validTo\n    responseTimeDays\n    status\n    viewerCanConfirm\n    viewerCanTerminate\n    parties {\n      confirmedAt\n      organisation {\n        ...OrganisationWithCountry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementDetail on CooperationAgreement {\n    ...AgreementListItem\n    createdAt\n    terminatedAt\n    terminationReason\n    proposedBy {\n      ...OrganisationRef\n    }\n    terminatedBy {\n      ...OrganisationRef\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementDetail on CooperationAgreement {\n    ...AgreementListItem\n    createdAt\n    terminatedAt\n    terminationReason\n    proposedBy {\n      ...OrganisationRef\n    }\n    terminatedBy {\n      ...OrganisationRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($first: Int!, $after: String) {\n    agreements(first: $first, after: $after) {\n      ...AgreementPage\n    }\n  }\n"): (typeof documents)["\n  query Agreements($first: Int!, $after: String) {\n    agreements(first: $first, after: $after) {\n      ...AgreementPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n"): (typeof documents)["\n  query Agreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDirectory($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameLatin\n          nameArabic\n          kind\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDirectory($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameLatin\n          nameArabic\n          kind\n          country\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetMyFirstPassword($input: SetFirstPasswordInput!) {\n    setMyFirstPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetMyFirstPassword($input: SetFirstPasswordInput!) {\n    setMyFirstPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordResetByEmailAvailable {\n    passwordResetByEmailAvailable\n  }\n"): (typeof documents)["\n  query PasswordResetByEmailAvailable {\n    passwordResetByEmailAvailable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSourceFields on CaseSource {\n    kind\n    contactOrganisation {\n      id\n      name\n      kind\n    }\n    outreachActivity {\n      id\n      title\n      heldOn\n    }\n    staffConsultation {\n      id\n      heldOn\n      department\n      departmentContact {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSourceFields on CaseSource {\n    kind\n    contactOrganisation {\n      id\n      name\n      kind\n    }\n    outreachActivity {\n      id\n      title\n      heldOn\n    }\n    staffConsultation {\n      id\n      heldOn\n      department\n      departmentContact {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetails on ReferralCase {\n    id\n    number\n    status\n    closureReason\n    version\n    createdAt\n    updatedAt\n    viewerIsOwner\n    visibleSections\n    organisation {\n      ...OrganisationWithCountry\n    }\n    responsibleCaseworker {\n      ...StaffRef\n    }\n    destinationCountry\n    destinationPlace\n    plannedDeparture\n    actualDeparture\n    supportGranted {\n      ...MoneyFields\n    }\n    source {\n      ...CaseSourceFields\n    }\n    returnee {\n      firstName\n      lastName\n      dateOfBirth\n      sex\n      citizenship\n      languages\n      identityNumber\n      documentLanguage\n    }\n    contact {\n      phone\n      email\n      addressInSweden\n      notes\n    }\n    household {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      sex\n      relation\n      identityNumber\n      travels\n    }\n    needs {\n      description\n    }\n    health {\n      information\n      vulnerabilities\n    }\n    allowedTransitions {\n      to\n      closureReasons\n    }\n    consents {\n      id\n      partner {\n        ...OrganisationRef\n      }\n      sections\n      givenOn\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n      withdrawnAt\n      withdrawnBy {\n        ...StaffRef\n      }\n      form {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n      active\n    }\n    referrals {\n      ...ReferralState\n      from {\n        ...OrganisationRef\n      }\n      to {\n        ...OrganisationRef\n      }\n      sections\n      sentBy {\n        ...StaffRef\n      }\n      sentAt\n      expiresAt\n      coverNote\n    }\n    statusHistory {\n      id\n      from\n      to\n      closureReason\n      changedBy {\n        ...StaffRef\n      }\n      changedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetails on ReferralCase {\n    id\n    number\n    status\n    closureReason\n    version\n    createdAt\n    updatedAt\n    viewerIsOwner\n    visibleSections\n    organisation {\n      ...OrganisationWithCountry\n    }\n    responsibleCaseworker {\n      ...StaffRef\n    }\n    destinationCountry\n    destinationPlace\n    plannedDeparture\n    actualDeparture\n    supportGranted {\n      ...MoneyFields\n    }\n    source {\n      ...CaseSourceFields\n    }\n    returnee {\n      firstName\n      lastName\n      dateOfBirth\n      sex\n      citizenship\n      languages\n      identityNumber\n      documentLanguage\n    }\n    contact {\n      phone\n      email\n      addressInSweden\n      notes\n    }\n    household {\n      id\n      firstName\n      lastName\n      dateOfBirth\n      sex\n      relation\n      identityNumber\n      travels\n    }\n    needs {\n      description\n    }\n    health {\n      information\n      vulnerabilities\n    }\n    allowedTransitions {\n      to\n      closureReasons\n    }\n    consents {\n      id\n      partner {\n        ...OrganisationRef\n      }\n      sections\n      givenOn\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n      withdrawnAt\n      withdrawnBy {\n        ...StaffRef\n      }\n      form {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n      active\n    }\n    referrals {\n      ...ReferralState\n      from {\n        ...OrganisationRef\n      }\n      to {\n        ...OrganisationRef\n      }\n      sections\n      sentBy {\n        ...StaffRef\n      }\n      sentAt\n      expiresAt\n      coverNote\n    }\n    statusHistory {\n      id\n      from\n      to\n      closureReason\n      changedBy {\n        ...StaffRef\n      }\n      changedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      active\n      withdrawnAt\n      withdrawnBy {\n        ...StaffRef\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      active\n      withdrawnAt\n      withdrawnBy {\n        ...StaffRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReferral($input: SendReferralInput!) {\n    sendReferral(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendReferral($input: SendReferralInput!) {\n    sendReferral(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventItem on AuditEvent {\n    id\n    occurredAt\n    action\n    entityType\n    entityId\n    requestId\n    actor {\n      ...StaffRef\n    }\n    organisation {\n      ...OrganisationRef\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventItem on AuditEvent {\n    id\n    occurredAt\n    action\n    entityType\n    entityId\n    requestId\n    actor {\n      ...StaffRef\n    }\n    organisation {\n      ...OrganisationRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAuditTrail($id: ID!, $first: Int!, $after: String) {\n    case(id: $id) {\n      id\n      auditTrail(first: $first, after: $after) {\n        ...AuditEventPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAuditTrail($id: ID!, $first: Int!, $after: String) {\n    case(id: $id) {\n      id\n      auditTrail(first: $first, after: $after) {\n        ...AuditEventPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentFormSubject on ReferralCase {\n    id\n    number\n    organisation {\n      ...OrganisationRef\n    }\n    returnee {\n      firstName\n      lastName\n      dateOfBirth\n      documentLanguage\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentFormSubject on ReferralCase {\n    id\n    number\n    organisation {\n      ...OrganisationRef\n    }\n    returnee {\n      firstName\n      lastName\n      dateOfBirth\n      documentLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentForm($caseId: ID!, $partnerId: ID!) {\n    case(id: $caseId) {\n      ...ConsentFormSubject\n    }\n    organisation(id: $partnerId) {\n      ...OrganisationRef\n    }\n  }\n"): (typeof documents)["\n  query ConsentForm($caseId: ID!, $partnerId: ID!) {\n    case(id: $caseId) {\n      ...ConsentFormSubject\n    }\n    organisation(id: $partnerId) {\n      ...OrganisationRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentFormCase($caseId: ID!) {\n    case(id: $caseId) {\n      ...ConsentFormSubject\n    }\n  }\n"): (typeof documents)["\n  query ConsentFormCase($caseId: ID!) {\n    case(id: $caseId) {\n      ...ConsentFormSubject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCheck {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SessionCheck {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSourceContacts($filter: ContactFilter, $first: Int!) {\n    contactOrganisations(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseSourceContacts($filter: ContactFilter, $first: Int!) {\n    contactOrganisations(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSourceActivities($first: Int!) {\n    outreachActivities(first: $first) {\n      edges {\n        node {\n          id\n          title\n          heldOn\n          contacts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseSourceActivities($first: Int!) {\n    outreachActivities(first: $first) {\n      edges {\n        node {\n          id\n          title\n          heldOn\n          contacts {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSourceConsultations($first: Int!) {\n    staffConsultations(first: $first) {\n      edges {\n        node {\n          id\n          heldOn\n          department\n          district\n          departmentContact {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseSourceConsultations($first: Int!) {\n    staffConsultations(first: $first) {\n      edges {\n        node {\n          id\n          heldOn\n          department\n          district\n          departmentContact {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSummary($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n      followUp {\n        partner {\n          ...OrganisationRef\n        }\n        arrival {\n          ...ArrivalFields\n        }\n        plan {\n          id\n          goals {\n            ...PlanGoalFields\n          }\n          budget {\n            ...MoneyFields\n          }\n          updatedAt\n        }\n        visits {\n          ...FollowUpVisitFields\n        }\n        assessments {\n          id\n          assessedOn\n          scores {\n            ...SustainabilityScoreFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseSummary($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n      followUp {\n        partner {\n          ...OrganisationRef\n        }\n        arrival {\n          ...ArrivalFields\n        }\n        plan {\n          id\n          goals {\n            ...PlanGoalFields\n          }\n          budget {\n            ...MoneyFields\n          }\n          updatedAt\n        }\n        visits {\n          ...FollowUpVisitFields\n        }\n        assessments {\n          id\n          assessedOn\n          scores {\n            ...SustainabilityScoreFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListItem on ReferralCase {\n    id\n    number\n    status\n    destinationCountry\n    destinationPlace\n    plannedDeparture\n    updatedAt\n    returnee {\n      ...ReturneeName\n    }\n    responsibleCaseworker {\n      ...StaffRef\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListItem on ReferralCase {\n    id\n    number\n    status\n    destinationCountry\n    destinationPlace\n    plannedDeparture\n    updatedAt\n    returnee {\n      ...ReturneeName\n    }\n    responsibleCaseworker {\n      ...StaffRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseworkers {\n    caseworkers {\n      ...StaffRef\n    }\n  }\n"): (typeof documents)["\n  query Caseworkers {\n    caseworkers {\n      ...StaffRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralPartners {\n    referralPartners {\n      ...OrganisationWithCountry\n    }\n  }\n"): (typeof documents)["\n  query ReferralPartners {\n    referralPartners {\n      ...OrganisationWithCountry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactListItem on ContactOrganisation {\n    id\n    name\n    kind\n    status\n    focusCountries\n    languages\n    district\n    archived\n  }\n"): (typeof documents)["\n  fragment ContactListItem on ContactOrganisation {\n    id\n    name\n    kind\n    status\n    focusCountries\n    languages\n    district\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactPersonFields on ContactPerson {\n    id\n    name\n    roleTitle\n    phone\n    email\n    preferredLanguage\n    version\n  }\n"): (typeof documents)["\n  fragment ContactPersonFields on ContactPerson {\n    id\n    name\n    roleTitle\n    phone\n    email\n    preferredLanguage\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactDetail on ContactOrganisation {\n    ...ContactListItem\n    address\n    website\n    version\n    createdAt\n    archivedAt\n    letterOfIntent {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    people {\n      ...ContactPersonFields\n    }\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      note\n      changedAt\n      changedBy {\n        ...StaffRef\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContactDetail on ContactOrganisation {\n    ...ContactListItem\n    address\n    website\n    version\n    createdAt\n    archivedAt\n    letterOfIntent {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    people {\n      ...ContactPersonFields\n    }\n    statusHistory {\n      id\n      fromStatus\n      toStatus\n      note\n      changedAt\n      changedBy {\n        ...StaffRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactOrganisations($first: Int!, $after: String, $filter: ContactFilter) {\n    contactOrganisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ContactListItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactOrganisations($first: Int!, $after: String, $filter: ContactFilter) {\n    contactOrganisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ContactListItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactDistricts {\n    contactDistricts\n  }\n"): (typeof documents)["\n  query ContactDistricts {\n    contactDistricts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactOrganisation($id: ID!) {\n    contactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n"): (typeof documents)["\n  query ContactOrganisation($id: ID!) {\n    contactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactTimeline($first: Int!, $after: String, $filter: OutreachFilter) {\n    outreachActivities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          heldOn\n          topics\n          participants\n          heldBy {\n            ...StaffRef\n          }\n          people {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactTimeline($first: Int!, $after: String, $filter: OutreachFilter) {\n    outreachActivities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          heldOn\n          topics\n          participants\n          heldBy {\n            ...StaffRef\n          }\n          people {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContactOrganisation($input: CreateContactOrganisationInput!) {\n    createContactOrganisation(input: $input) {\n      ...ContactDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContactOrganisation($input: CreateContactOrganisationInput!) {\n    createContactOrganisation(input: $input) {\n      ...ContactDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactOrganisation($input: UpdateContactOrganisationInput!) {\n    updateContactOrganisation(input: $input) {\n      ...ContactDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContactOrganisation($input: UpdateContactOrganisationInput!) {\n    updateContactOrganisation(input: $input) {\n      ...ContactDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeContactStatus($input: ChangeContactStatusInput!) {\n    changeContactStatus(input: $input) {\n      ...ContactDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeContactStatus($input: ChangeContactStatusInput!) {\n    changeContactStatus(input: $input) {\n      ...ContactDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContactOrganisation($id: ID!) {\n    archiveContactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveContactOrganisation($id: ID!) {\n    archiveContactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContactOrganisation($id: ID!) {\n    restoreContactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreContactOrganisation($id: ID!) {\n    restoreContactOrganisation(id: $id) {\n      ...ContactDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactOrganisation($id: ID!) {\n    removeContactOrganisation(id: $id) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveContactOrganisation($id: ID!) {\n    removeContactOrganisation(id: $id) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactPerson($input: AddContactPersonInput!) {\n    addContactPerson(input: $input) {\n      ...ContactPersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddContactPerson($input: AddContactPersonInput!) {\n    addContactPerson(input: $input) {\n      ...ContactPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {\n    updateContactPerson(input: $input) {\n      ...ContactPersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {\n    updateContactPerson(input: $input) {\n      ...ContactPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactPerson($id: ID!) {\n    removeContactPerson(id: $id) {\n      ...ContactDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveContactPerson($id: ID!) {\n    removeContactPerson(id: $id) {\n      ...ContactDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SustainabilityScoreFields on SustainabilityScores {\n    economic\n    social\n    psychosocial\n    overall\n  }\n"): (typeof documents)["\n  fragment SustainabilityScoreFields on SustainabilityScores {\n    economic\n    social\n    psychosocial\n    overall\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArrivalFields on Arrival {\n    arrivedOn\n    notes\n    recordedBy {\n      ...StaffRef\n    }\n  }\n"): (typeof documents)["\n  fragment ArrivalFields on Arrival {\n    arrivedOn\n    notes\n    recordedBy {\n      ...StaffRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanGoalFields on PlanGoal {\n    id\n    domain\n    description\n    status\n    targetDate\n  }\n"): (typeof documents)["\n  fragment PlanGoalFields on PlanGoal {\n    id\n    domain\n    description\n    status\n    targetDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpVisitFields on FollowUpVisit {\n    id\n    visitedOn\n    mode\n    domainStatuses {\n      domain\n      status\n    }\n    narrative\n    nextVisitOn\n  }\n"): (typeof documents)["\n  fragment FollowUpVisitFields on FollowUpVisit {\n    id\n    visitedOn\n    mode\n    domainStatuses {\n      domain\n      status\n    }\n    narrative\n    nextVisitOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpDetails on FollowUp {\n    partner {\n      ...OrganisationWithCountry\n    }\n    arrival {\n      ...ArrivalFields\n      recordedAt\n    }\n    plan {\n      id\n      version\n      goals {\n        ...PlanGoalFields\n      }\n      budget {\n        ...MoneyFields\n      }\n      updatedBy {\n        ...StaffRef\n      }\n      updatedAt\n    }\n    visits {\n      ...FollowUpVisitFields\n      overdue\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n    }\n    assessments {\n      id\n      assessedOn\n      answers {\n        indicator\n        value\n      }\n      scores {\n        ...SustainabilityScoreFields\n      }\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n    }\n    overdue\n    nextVisitOn\n    viewerCanWrite\n  }\n"): (typeof documents)["\n  fragment FollowUpDetails on FollowUp {\n    partner {\n      ...OrganisationWithCountry\n    }\n    arrival {\n      ...ArrivalFields\n      recordedAt\n    }\n    plan {\n      id\n      version\n      goals {\n        ...PlanGoalFields\n      }\n      budget {\n        ...MoneyFields\n      }\n      updatedBy {\n        ...StaffRef\n      }\n      updatedAt\n    }\n    visits {\n      ...FollowUpVisitFields\n      overdue\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n    }\n    assessments {\n      id\n      assessedOn\n      answers {\n        indicator\n        value\n      }\n      scores {\n        ...SustainabilityScoreFields\n      }\n      recordedBy {\n        ...StaffRef\n      }\n      recordedAt\n    }\n    overdue\n    nextVisitOn\n    viewerCanWrite\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFollowUp on ReferralCase {\n    id\n    followUp {\n      ...FollowUpDetails\n    }\n  }\n"): (typeof documents)["\n  fragment CaseFollowUp on ReferralCase {\n    id\n    followUp {\n      ...FollowUpDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUp($caseId: ID!) {\n    case(id: $caseId) {\n      ...CaseFollowUp\n    }\n    sustainabilityIndicators {\n      indicator\n      dimension\n    }\n  }\n"): (typeof documents)["\n  query FollowUp($caseId: ID!) {\n    case(id: $caseId) {\n      ...CaseFollowUp\n    }\n    sustainabilityIndicators {\n      indicator\n      dimension\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmArrival($input: ConfirmArrivalInput!) {\n    confirmArrival(input: $input) {\n      ...FollowUpDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmArrival($input: ConfirmArrivalInput!) {\n    confirmArrival(input: $input) {\n      ...FollowUpDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReintegrationPlan($input: SaveReintegrationPlanInput!) {\n    saveReintegrationPlan(input: $input) {\n      ...FollowUpDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReintegrationPlan($input: SaveReintegrationPlanInput!) {\n    saveReintegrationPlan(input: $input) {\n      ...FollowUpDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUpVisit($input: RecordFollowUpVisitInput!) {\n    recordFollowUpVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUpVisit($input: RecordFollowUpVisitInput!) {\n    recordFollowUpVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSustainabilityAssessment($input: RecordSustainabilityAssessmentInput!) {\n    recordSustainabilityAssessment(input: $input) {\n      id\n      scores {\n        ...SustainabilityScoreFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSustainabilityAssessment($input: RecordSustainabilityAssessmentInput!) {\n    recordSustainabilityAssessment(input: $input) {\n      id\n      scores {\n        ...SustainabilityScoreFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseMessageItem on CaseMessage {\n    id\n    body\n    sentAt\n    mine\n    author {\n      ...StaffRef\n    }\n    organisation {\n      ...OrganisationRef\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment CaseMessageItem on CaseMessage {\n    id\n    body\n    sentAt\n    mine\n    author {\n      ...StaffRef\n    }\n    organisation {\n      ...OrganisationRef\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMessages($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      referrals {\n        id\n        unreadMessageCount\n        messages {\n          ...CaseMessageItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseMessages($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      referrals {\n        id\n        unreadMessageCount\n        messages {\n          ...CaseMessageItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCaseMessage($input: SendCaseMessageInput!) {\n    sendCaseMessage(input: $input) {\n      ...CaseMessageItem\n    }\n  }\n"): (typeof documents)["\n  mutation SendCaseMessage($input: SendCaseMessageInput!) {\n    sendCaseMessage(input: $input) {\n      ...CaseMessageItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCaseMessagesRead($referralId: ID!) {\n    markCaseMessagesRead(referralId: $referralId) {\n      id\n      unreadMessageCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCaseMessagesRead($referralId: ID!) {\n    markCaseMessagesRead(referralId: $referralId) {\n      id\n      unreadMessageCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseActivity {\n    notificationAdded {\n      id\n      kind\n      caseId\n      referralId\n    }\n  }\n"): (typeof documents)["\n  subscription CaseActivity {\n    notificationAdded {\n      id\n      kind\n      caseId\n      referralId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      ...NotificationPage\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      ...NotificationPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutreachListItem on OutreachActivity {\n    id\n    kind\n    title\n    heldOn\n    durationMinutes\n    topics\n    focusCountries\n    participants\n    contacts {\n      id\n      name\n    }\n    followUpTask {\n      ...FollowUpTaskDue\n    }\n  }\n"): (typeof documents)["\n  fragment OutreachListItem on OutreachActivity {\n    id\n    kind\n    title\n    heldOn\n    durationMinutes\n    topics\n    focusCountries\n    participants\n    contacts {\n      id\n      name\n    }\n    followUpTask {\n      ...FollowUpTaskDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutreachListPage on OutreachActivityConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...OutreachListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OutreachListPage on OutreachActivityConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...OutreachListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivities($filter: OutreachFilter, $first: Int!, $after: String) {\n    outreachActivities(filter: $filter, first: $first, after: $after) {\n      ...OutreachListPage\n    }\n  }\n"): (typeof documents)["\n  query OutreachActivities($filter: OutreachFilter, $first: Int!, $after: String) {\n    outreachActivities(filter: $filter, first: $first, after: $after) {\n      ...OutreachListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutreachDetails on OutreachActivity {\n    ...OutreachListItem\n    version\n    languages\n    notes\n    participantsWomen\n    participantsMen\n    participantsUnder18\n    createdAt\n    updatedAt\n    createdBy {\n      ...StaffRef\n    }\n    heldBy {\n      ...StaffRef\n    }\n    people {\n      id\n      name\n      roleTitle\n    }\n    followUpTask {\n      ...FollowUpTaskDetails\n    }\n  }\n"): (typeof documents)["\n  fragment OutreachDetails on OutreachActivity {\n    ...OutreachListItem\n    version\n    languages\n    notes\n    participantsWomen\n    participantsMen\n    participantsUnder18\n    createdAt\n    updatedAt\n    createdBy {\n      ...StaffRef\n    }\n    heldBy {\n      ...StaffRef\n    }\n    people {\n      id\n      name\n      roleTitle\n    }\n    followUpTask {\n      ...FollowUpTaskDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivity($id: ID!) {\n    outreachActivity(id: $id) {\n      ...OutreachDetails\n    }\n  }\n"): (typeof documents)["\n  query OutreachActivity($id: ID!) {\n    outreachActivity(id: $id) {\n      ...OutreachDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachContactOptions($text: String, $first: Int!) {\n    contactOrganisations(filter: { text: $text }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          focusCountries\n          languages\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutreachContactOptions($text: String, $first: Int!) {\n    contactOrganisations(filter: { text: $text }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          focusCountries\n          languages\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachContactPeople($id: ID!) {\n    contactOrganisation(id: $id) {\n      id\n      name\n      people {\n        id\n        name\n        roleTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutreachContactPeople($id: ID!) {\n    contactOrganisation(id: $id) {\n      id\n      name\n      people {\n        id\n        name\n        roleTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachStaff {\n    colleagues {\n      ...StaffRef\n    }\n  }\n"): (typeof documents)["\n  query OutreachStaff {\n    colleagues {\n      ...StaffRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutreachActivity($input: RecordOutreachActivityInput!) {\n    recordOutreachActivity(input: $input) {\n      ...OutreachDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOutreachActivity($input: RecordOutreachActivityInput!) {\n    recordOutreachActivity(input: $input) {\n      ...OutreachDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOutreachActivity($input: UpdateOutreachActivityInput!) {\n    updateOutreachActivity(input: $input) {\n      ...OutreachDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOutreachActivity($input: UpdateOutreachActivityInput!) {\n    updateOutreachActivity(input: $input) {\n      ...OutreachDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOutreachActivity($id: ID!) {\n    deleteOutreachActivity(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOutreachActivity($id: ID!) {\n    deleteOutreachActivity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteOutreachFollowUp($id: ID!) {\n    completeOutreachFollowUp(id: $id) {\n      ...OutreachDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteOutreachFollowUp($id: ID!) {\n    completeOutreachFollowUp(id: $id) {\n      ...OutreachDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachFollowUpsDue($after: String) {\n    myWorklist {\n      outreachFollowUpsDue(after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            overdue\n            task {\n              description\n              dueOn\n            }\n            activity {\n              id\n              title\n              heldOn\n            }\n            consultation {\n              id\n              heldOn\n              question\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutreachFollowUpsDue($after: String) {\n    myWorklist {\n      outreachFollowUpsDue(after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            overdue\n            task {\n              description\n              dueOn\n            }\n            activity {\n              id\n              title\n              heldOn\n            }\n            consultation {\n              id\n              heldOn\n              question\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachContactName($id: ID!) {\n    contactOrganisation(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OutreachContactName($id: ID!) {\n    contactOrganisation(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeProfile {\n    me {\n      ...UserIdentity\n      createdAt\n      organisation {\n        ...OrganisationSettings\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeProfile {\n    me {\n      ...UserIdentity\n      createdAt\n      organisation {\n        ...OrganisationSettings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralState on Referral {\n    id\n    status\n    allowedActions\n    declineReason\n    respondedAt\n    revokedAt\n    completedAt\n    respondedBy {\n      ...StaffRef\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralState on Referral {\n    id\n    status\n    allowedActions\n    declineReason\n    respondedAt\n    revokedAt\n    completedAt\n    respondedBy {\n      ...StaffRef\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ReferralListItem on Referral {\n    id\n    status\n    sections\n    sentAt\n    expiresAt\n    respondedAt\n    allowedActions\n    coverNote\n    from {\n      ...OrganisationWithCountry\n    }\n    sentBy {\n      ...StaffRef\n    }\n    case {\n      id\n      number\n      destinationCountry\n      destinationPlace\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralListItem on Referral {\n    id\n    status\n    sections\n    sentAt\n    expiresAt\n    respondedAt\n    allowedActions\n    coverNote\n    from {\n      ...OrganisationWithCountry\n    }\n    sentBy {\n      ...StaffRef\n    }\n    case {\n      id\n      number\n      destinationCountry\n      destinationPlace\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralInbox($first: Int!, $after: String) {\n    referralInbox(first: $first, after: $after) {\n      ...ReferralListPage\n    }\n  }\n"): (typeof documents)["\n  query ReferralInbox($first: Int!, $after: String) {\n    referralInbox(first: $first, after: $after) {\n      ...ReferralListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {\n    incomingReferrals(status: $status, first: $first, after: $after) {\n      ...ReferralListPage\n    }\n  }\n"): (typeof documents)["\n  query IncomingReferrals($status: [ReferralStatus!], $first: Int!, $after: String) {\n    incomingReferrals(status: $status, first: $first, after: $after) {\n      ...ReferralListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationListItem on StaffConsultation {\n    id\n    heldOn\n    channel\n    topic\n    department\n    district\n    minutesSpent\n    participants\n    departmentContact {\n      id\n      name\n    }\n    followUpTask {\n      ...FollowUpTaskDue\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationListItem on StaffConsultation {\n    id\n    heldOn\n    channel\n    topic\n    department\n    district\n    minutesSpent\n    participants\n    departmentContact {\n      id\n      name\n    }\n    followUpTask {\n      ...FollowUpTaskDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationListPage on StaffConsultationConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...ConsultationListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationListPage on StaffConsultationConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...ConsultationListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffConsultations($filter: ConsultationFilter, $first: Int!, $after: String) {\n    staffConsultations(filter: $filter, first: $first, after: $after) {\n      ...ConsultationListPage\n    }\n  }\n"): (typeof documents)["\n  query StaffConsultations($filter: ConsultationFilter, $first: Int!, $after: String) {\n    staffConsultations(filter: $filter, first: $first, after: $after) {\n      ...ConsultationListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationDetails on StaffConsultation {\n    ...ConsultationListItem\n    country\n    question\n    advice\n    version\n    createdAt\n    updatedAt\n    createdBy {\n      ...StaffRef\n    }\n    followUpTask {\n      ...FollowUpTaskDetails\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationDetails on StaffConsultation {\n    ...ConsultationListItem\n    country\n    question\n    advice\n    version\n    createdAt\n    updatedAt\n    createdBy {\n      ...StaffRef\n    }\n    followUpTask {\n      ...FollowUpTaskDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffConsultation($id: ID!) {\n    staffConsultation(id: $id) {\n      ...ConsultationDetails\n    }\n  }\n"): (typeof documents)["\n  query StaffConsultation($id: ID!) {\n    staffConsultation(id: $id) {\n      ...ConsultationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityDepartments($first: Int!) {\n    contactOrganisations(filter: { kind: CITY_DEPARTMENT }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          district\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CityDepartments($first: Int!) {\n    contactOrganisations(filter: { kind: CITY_DEPARTMENT }, first: $first) {\n      edges {\n        node {\n          id\n          name\n          district\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationFollowUpOwners {\n    colleagues {\n      ...StaffRef\n    }\n  }\n"): (typeof documents)["\n  query ConsultationFollowUpOwners {\n    colleagues {\n      ...StaffRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStaffConsultation($input: RecordStaffConsultationInput!) {\n    recordStaffConsultation(input: $input) {\n      ...ConsultationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStaffConsultation($input: RecordStaffConsultationInput!) {\n    recordStaffConsultation(input: $input) {\n      ...ConsultationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffConsultation($input: UpdateStaffConsultationInput!) {\n    updateStaffConsultation(input: $input) {\n      ...ConsultationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStaffConsultation($input: UpdateStaffConsultationInput!) {\n    updateStaffConsultation(input: $input) {\n      ...ConsultationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStaffConsultation($id: ID!) {\n    deleteStaffConsultation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteStaffConsultation($id: ID!) {\n    deleteStaffConsultation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteConsultationFollowUp($id: ID!) {\n    completeConsultationFollowUp(id: $id) {\n      ...ConsultationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteConsultationFollowUp($id: ID!) {\n    completeConsultationFollowUp(id: $id) {\n      ...ConsultationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionPerson on StaffMember {\n    id\n    name\n    nameLatin\n    nameArabic\n    organisation {\n      ...OrganisationRef\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionPerson on StaffMember {\n    id\n    name\n    nameLatin\n    nameArabic\n    organisation {\n      ...OrganisationRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionActionItem on SupervisionAction {\n    id\n    description\n    dueOn\n    done\n    doneAt\n    overdue\n    owner {\n      ...SupervisionPerson\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionActionItem on SupervisionAction {\n    id\n    description\n    dueOn\n    done\n    doneAt\n    overdue\n    owner {\n      ...SupervisionPerson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionListItem on SupervisionSession {\n    id\n    heldOn\n    mode\n    topics\n    organisation {\n      ...OrganisationRef\n    }\n    partner {\n      ...OrganisationRef\n    }\n    actions {\n      id\n      done\n      overdue\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionListItem on SupervisionSession {\n    id\n    heldOn\n    mode\n    topics\n    organisation {\n      ...OrganisationRef\n    }\n    partner {\n      ...OrganisationRef\n    }\n    actions {\n      id\n      done\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSessions($first: Int!, $after: String) {\n    supervisionSessions(first: $first, after: $after) {\n      ...SupervisionListPage\n    }\n  }\n"): (typeof documents)["\n  query SupervisionSessions($first: Int!, $after: String) {\n    supervisionSessions(first: $first, after: $after) {\n      ...SupervisionListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionCommentItem on SupervisionComment {\n    id\n    body\n    createdAt\n    author {\n      ...SupervisionPerson\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionCommentItem on SupervisionComment {\n    id\n    body\n    createdAt\n    author {\n      ...SupervisionPerson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionDetails on SupervisionSession {\n    ...SupervisionListItem\n    notes\n    version\n    createdAt\n    viewerCanEdit\n    viewerCanComment\n    createdBy {\n      ...SupervisionPerson\n    }\n    participants {\n      ...SupervisionPerson\n    }\n    notesHistory {\n      id\n      notes\n      changedAt\n      changedBy {\n        ...SupervisionPerson\n      }\n    }\n    actions {\n      ...SupervisionActionItem\n    }\n    comments {\n      ...SupervisionCommentItem\n    }\n    linkedCases {\n      id\n      number\n      status\n      returnee {\n        ...ReturneeName\n      }\n    }\n    linkedCasesHidden\n  }\n"): (typeof documents)["\n  fragment SupervisionDetails on SupervisionSession {\n    ...SupervisionListItem\n    notes\n    version\n    createdAt\n    viewerCanEdit\n    viewerCanComment\n    createdBy {\n      ...SupervisionPerson\n    }\n    participants {\n      ...SupervisionPerson\n    }\n    notesHistory {\n      id\n      notes\n      changedAt\n      changedBy {\n        ...SupervisionPerson\n      }\n    }\n    actions {\n      ...SupervisionActionItem\n    }\n    comments {\n      ...SupervisionCommentItem\n    }\n    linkedCases {\n      id\n      number\n      status\n      returnee {\n        ...ReturneeName\n      }\n    }\n    linkedCasesHidden\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSession($id: ID!) {\n    supervisionSession(id: $id) {\n      ...SupervisionDetails\n    }\n  }\n"): (typeof documents)["\n  query SupervisionSession($id: ID!) {\n    supervisionSession(id: $id) {\n      ...SupervisionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPartners {\n    supervisionPartners {\n      ...OrganisationWithCountry\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPartners {\n    supervisionPartners {\n      ...OrganisationWithCountry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionCandidates($partnerId: ID!) {\n    supervisionCandidates(partnerId: $partnerId) {\n      ...SupervisionPerson\n    }\n  }\n"): (typeof documents)["\n  query SupervisionCandidates($partnerId: ID!) {\n    supervisionCandidates(partnerId: $partnerId) {\n      ...SupervisionPerson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionCaseOptions($partnerId: ID!, $first: Int!) {\n    cases(filter: { partnerId: $partnerId }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          returnee {\n            ...ReturneeName\n          }\n          referrals {\n            id\n            status\n            to {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionCaseOptions($partnerId: ID!, $first: Int!) {\n    cases(filter: { partnerId: $partnerId }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          returnee {\n            ...ReturneeName\n          }\n          referrals {\n            id\n            status\n            to {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupervisionSession($input: CreateSupervisionSessionInput!) {\n    createSupervisionSession(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupervisionSession($input: CreateSupervisionSessionInput!) {\n    createSupervisionSession(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupervisionNotes($input: UpdateSupervisionNotesInput!) {\n    updateSupervisionNotes(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupervisionNotes($input: UpdateSupervisionNotesInput!) {\n    updateSupervisionNotes(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSupervisionAction($input: AddSupervisionActionInput!) {\n    addSupervisionAction(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AddSupervisionAction($input: AddSupervisionActionInput!) {\n    addSupervisionAction(input: $input) {\n      ...SupervisionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupervisionActionDone($id: ID!, $done: Boolean!) {\n    setSupervisionActionDone(id: $id, done: $done) {\n      ...SupervisionActionItem\n    }\n  }\n"): (typeof documents)["\n  mutation SetSupervisionActionDone($id: ID!, $done: Boolean!) {\n    setSupervisionActionDone(id: $id, done: $done) {\n      ...SupervisionActionItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSupervisionComment($input: AddSupervisionCommentInput!) {\n    addSupervisionComment(input: $input) {\n      ...SupervisionCommentItem\n    }\n  }\n"): (typeof documents)["\n  mutation AddSupervisionComment($input: AddSupervisionCommentInput!) {\n    addSupervisionComment(input: $input) {\n      ...SupervisionCommentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserListItem on User {\n    ...UserAccount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserListItem on User {\n    ...UserAccount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {\n    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {\n      ...UserListPage\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $includeInactive: Boolean!, $search: String) {\n    users(first: $first, after: $after, includeInactive: $includeInactive, search: $search) {\n      ...UserListPage\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdateUserNames($input: UpdateUserNamesInput!) {\n    updateUserNames(input: $input) {\n      ...UserListItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserNames($input: UpdateUserNamesInput!) {\n    updateUserNames(input: $input) {\n      ...UserListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationNames($input: UpdateOrganisationNamesInput!) {\n    updateOrganisationNames(input: $input) {\n      id\n      name\n      nameLatin\n      nameArabic\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationNames($input: UpdateOrganisationNamesInput!) {\n    updateOrganisationNames(input: $input) {\n      id\n      name\n      nameLatin\n      nameArabic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserListItem\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistCaseItem on CaseWorkItem {\n    reason\n    reasons\n    since\n    case {\n      id\n      number\n      status\n      plannedDeparture\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorklistCaseItem on CaseWorkItem {\n    reason\n    reasons\n    since\n    case {\n      id\n      number\n      status\n      plannedDeparture\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistReferral on Referral {\n    id\n    sentAt\n    expiresAt\n    from {\n      ...OrganisationRef\n    }\n    case {\n      id\n      number\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorklistReferral on Referral {\n    id\n    sentAt\n    expiresAt\n    from {\n      ...OrganisationRef\n    }\n    case {\n      id\n      number\n      returnee {\n        ...ReturneeName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistOverdueCase on ReferralCase {\n    id\n    number\n    viewerIsOwner\n    organisation {\n      ...OrganisationRef\n    }\n    returnee {\n      ...ReturneeName\n    }\n    followUp {\n      nextVisitOn\n      partner {\n        ...OrganisationRef\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorklistOverdueCase on ReferralCase {\n    id\n    number\n    viewerIsOwner\n    organisation {\n      ...OrganisationRef\n    }\n    returnee {\n      ...ReturneeName\n    }\n    followUp {\n      nextVisitOn\n      partner {\n        ...OrganisationRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistActionItem on SupervisionActionItem {\n    action {\n      id\n      description\n      dueOn\n      overdue\n    }\n    session {\n      id\n      heldOn\n      organisation {\n        ...OrganisationRef\n      }\n      partner {\n        ...OrganisationRef\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorklistActionItem on SupervisionActionItem {\n    action {\n      id\n      description\n      dueOn\n      overdue\n    }\n    session {\n      id\n      heldOn\n      organisation {\n        ...OrganisationRef\n      }\n      partner {\n        ...OrganisationRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistCasesList on CaseWorkItemConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistCaseItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorklistCasesList on CaseWorkItemConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistCaseItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistReferralsList on ReferralConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistReferral\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorklistReferralsList on ReferralConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistReferral\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistOverdueList on ReferralCaseConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistOverdueCase\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorklistOverdueList on ReferralCaseConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistOverdueCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorklistActionsList on SupervisionActionItemConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistActionItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorklistActionsList on SupervisionActionItemConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...WorklistActionItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorklist {\n    myWorklist {\n      casesNeedingAction {\n        ...WorklistCasesList\n      }\n      referralsAwaitingAnswer {\n        ...WorklistReferralsList\n      }\n      overdueFollowUps {\n        ...WorklistOverdueList\n      }\n      supervisionActionsDue {\n        ...WorklistActionsList\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWorklist {\n    myWorklist {\n      casesNeedingAction {\n        ...WorklistCasesList\n      }\n      referralsAwaitingAnswer {\n        ...WorklistReferralsList\n      }\n      overdueFollowUps {\n        ...WorklistOverdueList\n      }\n      supervisionActionsDue {\n        ...WorklistActionsList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorklistCasesPage($after: String!) {\n    myWorklist {\n      casesNeedingAction(after: $after) {\n        ...WorklistCasesList\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorklistCasesPage($after: String!) {\n    myWorklist {\n      casesNeedingAction(after: $after) {\n        ...WorklistCasesList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorklistReferralsPage($after: String!) {\n    myWorklist {\n      referralsAwaitingAnswer(after: $after) {\n        ...WorklistReferralsList\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorklistReferralsPage($after: String!) {\n    myWorklist {\n      referralsAwaitingAnswer(after: $after) {\n        ...WorklistReferralsList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorklistOverduePage($after: String!) {\n    myWorklist {\n      overdueFollowUps(after: $after) {\n        ...WorklistOverdueList\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorklistOverduePage($after: String!) {\n    myWorklist {\n      overdueFollowUps(after: $after) {\n        ...WorklistOverdueList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorklistActionsPage($after: String!) {\n    myWorklist {\n      supervisionActionsDue(after: $after) {\n        ...WorklistActionsList\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorklistActionsPage($after: String!) {\n    myWorklist {\n      supervisionActionsDue(after: $after) {\n        ...WorklistActionsList\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
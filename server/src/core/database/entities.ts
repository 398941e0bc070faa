import { AgreementParty } from '../../modules/agreements/agreement-party.entity.js';
import { CooperationAgreement } from '../../modules/agreements/cooperation-agreement.entity.js';
import { Attachment } from '../../modules/attachments/attachment.entity.js';
import { CaseNeeds } from '../../modules/cases/case-needs.entity.js';
import { CaseStatusChange } from '../../modules/cases/case-status-change.entity.js';
import { HouseholdMember } from '../../modules/cases/household-member.entity.js';
import { ReferralCase } from '../../modules/cases/referral-case.entity.js';
import { ReturneeContact } from '../../modules/cases/returnee-contact.entity.js';
import { ReturneeHealth } from '../../modules/cases/returnee-health.entity.js';
import { Returnee } from '../../modules/cases/returnee.entity.js';
import { Consent } from '../../modules/consents/consent.entity.js';
import { ContactOrganisation } from '../../modules/contacts/contact-organisation.entity.js';
import { ContactPerson } from '../../modules/contacts/contact-person.entity.js';
import { ContactStatusChange } from '../../modules/contacts/contact-status-change.entity.js';
import { Arrival } from '../../modules/follow-up/arrival.entity.js';
import { FollowUpVisit } from '../../modules/follow-up/follow-up-visit.entity.js';
import { PlanGoal } from '../../modules/follow-up/plan-goal.entity.js';
import { ReintegrationPlan } from '../../modules/follow-up/reintegration-plan.entity.js';
import { SustainabilityAssessment } from '../../modules/follow-up/sustainability-assessment.entity.js';
import { CaseMessage } from '../../modules/messages/case-message.entity.js';
import { MessageAttachment } from '../../modules/messages/message-attachment.entity.js';
import { NoteRevision } from '../../modules/supervision/note-revision.entity.js';
import { SupervisionAction } from '../../modules/supervision/supervision-action.entity.js';
import { SupervisionComment } from '../../modules/supervision/supervision-comment.entity.js';
import { SupervisionSession } from '../../modules/supervision/supervision-session.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { OutreachActivity } from '../../modules/outreach/outreach-activity.entity.js';
import { StaffConsultation } from '../../modules/outreach/staff-consultation.entity.js';
import { Referral } from '../../modules/referrals/referral.entity.js';
import { User } from '../../modules/users/user.entity.js';

/** Every TypeORM entity; the schema itself comes from the SQL migrations, never from these. */
export const entities = [
  Organisation,
  User,
  CooperationAgreement,
  AgreementParty,
  ReferralCase,
  Returnee,
  ReturneeContact,
  HouseholdMember,
  CaseNeeds,
  ReturneeHealth,
  CaseStatusChange,
  Attachment,
  Consent,
  Referral,
  Arrival,
  ReintegrationPlan,
  PlanGoal,
  FollowUpVisit,
  SustainabilityAssessment,
  CaseMessage,
  MessageAttachment,
  SupervisionSession,
  NoteRevision,
  SupervisionAction,
  SupervisionComment,
  ContactOrganisation,
  ContactStatusChange,
  ContactPerson,
  OutreachActivity,
  StaffConsultation,
];

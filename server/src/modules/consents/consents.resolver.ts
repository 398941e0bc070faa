import { ServiceFieldsResolver } from '../../core/resolvers/service-fields.resolver.js';
import { ServiceMutationsResolver } from '../../core/resolvers/service-mutations.resolver.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { CASE_STAFF } from '../cases/cases.policy.js';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { organisation, ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { Consent } from './consent.entity.js';
import { ConsentsService } from './consents.service.js';
import { RecordConsentInput } from './dtos/record-consent.input.js';

export const ConsentsResolver = ServiceFieldsResolver(Consent, ConsentsService, {
  form: { type: () => Attachment, nullable: true, resolve: (service, context, consent) => service.form(context, consent) },
});

/** Case staff record and withdraw consents through the service. */
export const ConsentMutationsResolver = ServiceMutationsResolver(ConsentsService, CASE_STAFF, (m) => ({
  recordConsent: m.input(RecordConsentInput, () => Consent, (service, context, input) => service.record(context, input), {
    description: 'Records consent for a partner; replaces that partner’s earlier consent on the case.',
  }),
  withdrawConsent: m.id(() => Consent, (service, context, id) => service.withdraw(context, id), {
    description: 'Withdraws consent at once; referrals it covered are revoked.',
  }),
}));

export const ConsentReferencesResolver = ReferenceFieldsResolver(Consent, {
  partner: organisation((c) => c.partnerOrganisationId),
  recordedBy: staffMember((c) => c.recordedByUserId),
  withdrawnBy: staffMember((c) => c.withdrawnByUserId, { nullable: true }),
});

export const CaseConsentsResolver = ServiceFieldsResolver(ReferralCase, ConsentsService, {
  consents: {
    type: () => [Consent],
    description: 'Owner only (a partner gets an empty list).',
    resolve: (service, context, referralCase) => service.forCase(context, referralCase),
  },
});
